import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PageFacts } from './check-page.ts';
import type { StatusOf } from './check-translations.ts';

/**
 * Whether each translation is up to date with its source: from git history when the content is
 * in a repository (the source has commits newer than the translation's latest), else from the
 * `sourceDigest` a translator records in the translation's frontmatter.
 */

/** The commits of each file, newest first, and each commit's place in the log (0: the newest). */
export interface GitHistory {
  /** The repository's root. */
  root: string;
  /** Commit hashes touching each file, newest first, by absolute path. */
  commits: Map<string, string[]>;
  /** Each commit's position in the log, newest first. */
  order: Map<string, number>;
}

/** Parses `git log --format=%x00%H --name-only` output (newest commit first). */
export function parseGitHistory(output: string, root: string): GitHistory {
  const commits = new Map<string, string[]>();
  const order = new Map<string, number>();
  for (const block of output.split('\0').slice(1)) {
    const [hash, ...files] = block.split('\n').map((l) => l.trim());
    if (!hash) continue;
    order.set(hash, order.size);
    for (const file of files) {
      if (!file) continue;
      const path = join(root, file);
      const list = commits.get(path);
      if (list) list.push(hash);
      else commits.set(path, [hash]);
    }
  }
  return { root, commits, order };
}

/** The git history of the files under `dir`, from one `git log` call; undefined outside a repository. */
export function readGitHistory(dir: string): GitHistory | undefined {
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const output = execFileSync('git', ['log', '--format=%x00%H', '--name-only', '--no-renames', '--', dir], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    return parseGitHistory(output, root);
  } catch {
    return undefined;
  }
}

/** The lines of the new side of a `git diff --unified=0` that changed (a deletion counts as the line after it). */
export function changedLines(diff: string): number[] {
  const lines: number[] = [];
  for (const match of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    if (count === 0) lines.push(Math.max(start, 1));
    for (let i = 0; i < count; i++) lines.push(start + i);
  }
  return lines;
}

/**
 * The sections holding some lines of a page: the id of the last heading (or tag id) at or above
 * each line, `''` for lines above the first. In the page's order, each once.
 */
export function sectionsOf(lines: readonly number[], places: PageFacts['anchorPlaces']): string[] {
  const starts = Object.entries(places).sort((a, b) => a[1].line - b[1].line);
  const found = new Set<string>();
  for (const line of lines) {
    let section = '';
    for (const [id, place] of starts) {
      if (place.line > line) break;
      section = id;
    }
    found.add(section);
  }
  return [...found].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : (places[a]!.line - places[b]!.line)));
}

/** How a translation stands against its source. */
export type TranslationStatus =
  | { kind: 'current' }
  /** The source has commits since the translation's latest: `since` is that commit. */
  | { kind: 'behind-git'; since: string; commits: number; sections: string[] }
  /** The translation records another digest of its source than the source has now. */
  | { kind: 'behind-digest'; recorded: string; current: string };

/** The digest a translation records of its source (`sourceDigest`): the first 12 hex digits of its SHA-1. */
export function sourceDigestOf(source: Uint8Array | string): string {
  return createHash('sha1').update(source).digest('hex').slice(0, 12);
}

/**
 * A translation's status. `sourceDigest` in its frontmatter decides when there is one; otherwise
 * git history, when both files have commits (a translation never committed is taken as current).
 * `diff` gives the changes of the source since a commit (`git diff --unified=0 <commit> -- file`).
 */
export function translationStatus(
  translation: { path: string; sourceDigest?: string },
  source: { path: string; bytes: Uint8Array | string; places: PageFacts['anchorPlaces'] },
  history: GitHistory | undefined,
  diff: (since: string, path: string) => string,
): TranslationStatus {
  if (translation.sourceDigest !== undefined) {
    const current = sourceDigestOf(source.bytes);
    return translation.sourceDigest === current ? { kind: 'current' } : { kind: 'behind-digest', recorded: translation.sourceDigest, current };
  }
  const own = history?.commits.get(translation.path)?.[0];
  const changes = history?.commits.get(source.path) ?? [];
  if (!history || own === undefined || changes.length === 0) return { kind: 'current' };
  const since = history.order.get(own)!;
  const newer = changes.filter((hash) => history.order.get(hash)! < since);
  if (newer.length === 0) return { kind: 'current' };
  return { kind: 'behind-git', since: own, commits: newer.length, sections: sectionsOf(changedLines(diff(own, source.path)), source.places) };
}

/** `git diff --unified=0 <since> -- <path>`, run in the repository; empty if git fails. */
export function gitDiff(root: string): (since: string, path: string) => string {
  return (since, path) => {
    try {
      return execFileSync('git', ['diff', '--unified=0', since, '--', path], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return '';
    }
  };
}

/**
 * Tells each translation's status against its source, for a project at `root` whose content is
 * in `contentDir`: the git history is read once, when the first translation is asked about.
 */
export function statusReader(root: string, contentDir: string): StatusOf {
  let history: GitHistory | undefined | null = null;
  return (translation, source) => {
    if (history === null) history = readGitHistory(contentDir);
    const sourcePath = resolve(root, source.file);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(sourcePath);
    } catch {
      return { kind: 'current' };
    }
    return translationStatus(
      { path: resolve(root, translation.file), ...(translation.sourceDigest !== undefined ? { sourceDigest: translation.sourceDigest } : {}) },
      { path: sourcePath, bytes, places: source.anchorPlaces },
      history,
      history ? gitDiff(history.root) : () => '',
    );
  };
}
