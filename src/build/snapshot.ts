import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFilesSync } from './files.ts';
import { ANCHOR_LOCK_FILE } from '../check/check-site.ts';
import { VERSION_NAME } from '../site/versions.ts';

/** What `npm run snapshot` records of a version, beside its files: `versions/<name>/snapshot.json`. */
export const SNAPSHOT_FILE = 'snapshot.json';

/** The record of a snapshot: when it was taken, and a digest of each of its files, by path under the version's folder. */
export interface SnapshotRecord {
  created: string;
  files: Record<string, string>;
}

/** Why a snapshot cannot be taken, in words for the person who asked; nothing when it can. */
export function snapshotProblem(contentDir: string, name: string | undefined): string | undefined {
  if (!name) return 'Name the version to snapshot: npm run snapshot -- 1.x';
  if (!VERSION_NAME.test(name)) return `"${name}" cannot stand in a URL as it is: name the version with letters, digits, dots, hyphens and underscores, starting with a letter or digit (1.x, v2, 2024-10).`;
  if (!existsSync(join(contentDir, 'docs'))) return `There is no docs/ folder in ${contentDir} to snapshot.`;
  if (existsSync(join(contentDir, 'versions', name))) return `versions/${name} exists already: a snapshot never replaces a version. Pick another name, or remove versions/${name} first if you mean to take it again.`;
  if (existsSync(join(contentDir, 'docs', name)) || existsSync(join(contentDir, 'docs', `${name}.mdoc`))) return `docs/${name} is a page of the current docs: its URL would be the version's. Pick another name.`;
  return undefined;
}

/**
 * A page's root-relative links into the docs, pointed at the version: a snapshot's pages link to
 * each other (`/docs/a/` → `/docs/1.x/a/`, `/fr/docs/a/` → `/fr/docs/1.x/a/`), not to the current docs.
 */
export function linksIntoVersion(source: string, name: string, tags: readonly string[]): string {
  const prefixes = ['', ...tags.map((tag) => `/${tag}`)];
  let out = source;
  for (const prefix of prefixes) {
    const from = `${prefix}/docs/`;
    // Markdown links `](/docs/…)` and tag attributes `="/docs/…"`.
    out = out.split(`](${from}`).join(`](${from}${name}/`).split(`="${from}`).join(`="${from}${name}/`);
  }
  return out;
}

/** The anchor lock of the current docs, its URLs moved to the version's. */
export function lockIntoVersion(lock: string, name: string, tags: readonly string[]): string {
  const moved = JSON.parse(lock) as Record<string, unknown>;
  const pages = (moved.pages ?? moved) as Record<string, unknown>;
  const next: Record<string, unknown> = {};
  for (const [url, anchors] of Object.entries(pages)) {
    const tag = tags.find((t) => url.startsWith(`/${t}/docs/`));
    const prefix = tag ? `/${tag}/docs/` : '/docs/';
    next[url.startsWith(prefix) ? `${prefix}${name}/${url.slice(prefix.length)}` : url] = anchors;
  }
  return `${JSON.stringify(moved.pages ? { ...moved, pages: next } : next, null, 2)}\n`;
}

/**
 * Snapshots the current docs (`docs/`, `partials/`, each language's `docs/` and `partials/`, and
 * the anchor lock) into `versions/<name>/`, written whole or not at all, with a record of its
 * files for `npm run check -- --versions`. Returns what it copied.
 */
export function takeSnapshot(contentDir: string, name: string, options: { now?: Date; generated?: Readonly<Record<string, string>> } = {}): { pages: number; files: number; languages: string[] } {
  const problem = snapshotProblem(contentDir, name);
  if (problem) throw new Error(problem);
  const target = join(contentDir, 'versions', name);
  const scratch = join(contentDir, 'versions', `.${name}.${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  const languages = existsSync(join(contentDir, 'i18n')) ? readdirSync(join(contentDir, 'i18n'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
  const folders = ['docs', 'partials', ...languages.flatMap((tag) => [`i18n/${tag}/docs`, `i18n/${tag}/partials`])];
  try {
    let pages = 0;
    for (const folder of folders) {
      const from = join(contentDir, folder);
      if (!existsSync(from)) continue;
      for (const file of listFilesSync(from)) {
        const to = join(scratch, folder, file);
        mkdirSync(dirname(to), { recursive: true });
        if (file.endsWith('.mdoc') || file.endsWith('.md')) {
          if (file.endsWith('.mdoc')) pages++;
          writeFileSync(to, linksIntoVersion(readFileSync(join(from, file), 'utf8'), name, languages));
        } else {
          cpSync(join(from, file), to);
        }
      }
    }
    // Pages the site generates (the tag reference) are frozen as files: the version keeps them as they are today.
    for (const [path, source] of Object.entries(options.generated ?? {})) {
      const to = join(scratch, 'docs', path);
      if (existsSync(to)) continue;
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, linksIntoVersion(source, name, languages));
      pages++;
    }
    const lock = join(contentDir, ANCHOR_LOCK_FILE);
    if (existsSync(lock)) writeFileSync(join(scratch, ANCHOR_LOCK_FILE), lockIntoVersion(readFileSync(lock, 'utf8'), name, languages));
    const files = Object.fromEntries(listFilesSync(scratch).map((file) => [file, createHash('sha1').update(readFileSync(join(scratch, file))).digest('hex')]));
    writeFileSync(join(scratch, SNAPSHOT_FILE), `${JSON.stringify({ created: (options.now ?? new Date()).toISOString(), files } satisfies SnapshotRecord, null, 2)}\n`);
    renameSync(scratch, target);
    return { pages, files: Object.keys(files).length, languages };
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** The files of a version changed, added or removed since its snapshot was taken; undefined without a record. */
export function changedSinceSnapshot(versionDir: string): { changed: string[]; added: string[]; removed: string[] } | undefined {
  let record: SnapshotRecord;
  try {
    record = JSON.parse(readFileSync(join(versionDir, SNAPSHOT_FILE), 'utf8')) as SnapshotRecord;
  } catch {
    return undefined;
  }
  const now = new Map(listFilesSync(versionDir).filter((f) => f !== SNAPSHOT_FILE).map((file) => [file, createHash('sha1').update(readFileSync(join(versionDir, file))).digest('hex')]));
  return {
    changed: [...now].filter(([file, digest]) => record.files[file] !== undefined && record.files[file] !== digest).map(([file]) => file),
    added: [...now.keys()].filter((file) => record.files[file] === undefined),
    removed: Object.keys(record.files).filter((file) => !now.has(file)),
  };
}
