import { join } from 'node:path';
import { checkAnchorLock, type AnchorLock } from './anchor-lock.ts';
import { diagnose } from './catalog.ts';
import type { PageFacts } from './check-page.ts';
import { checkLanguageFolders, checkLanguageStrings } from './check-languages.ts';
import { ANCHOR_LOCK_FILE, checkSite, readAnchorLock } from './check-site.ts';
import { checkTranslations, fallbackTargets, type StatusOf } from './check-translations.ts';
import type { Diagnostic, Level } from './diagnostics.ts';
import { versionDir } from '../config/versions.ts';
import type { SiteEditions } from '../build/editions.ts';
import type { DocsVersion, VersionFolderProblem } from '../site/versions.ts';

/** The pages of each version, by its name (`''`: the current one). */
export function pagesByVersion(pages: readonly PageFacts[], versions: readonly DocsVersion[]): Map<string, PageFacts[]> {
  const out = new Map<string, PageFacts[]>(versions.map((v) => [v.name ?? '', []]));
  for (const page of pages) out.get(page.version ?? '')?.push(page);
  return out;
}

/** A problem of a version folder as a finding at the folder. */
function versionFolderDiagnostic(problem: VersionFolderProblem, at: string): Diagnostic {
  const where = { file: at, line: 1, column: 1 };
  switch (problem.kind) {
    case 'name-invalid':
      return diagnose('version-name-invalid', where, { folder: problem.folder, suggestion: problem.folder.trim().replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || '1.x' });
    case 'docs-missing':
      return diagnose('version-docs-missing', where, { folder: problem.folder });
    case 'label-duplicate':
      return diagnose('version-label-duplicate', where, { folder: problem.folder, label: problem.label, first: problem.first });
  }
}

/**
 * A current page that an old version published with an anchor it no longer has: readers who
 * switch versions at that `#section` land at the top. Compared with the newest old version
 * that has the page; an alias on the heading that replaced it keeps the anchor.
 */
export function checkVersionAnchors(byVersion: ReadonlyMap<string, PageFacts[]>, versions: readonly DocsVersion[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const old = versions.filter((v) => v.name).map((v) => ({ version: v, pages: new Map((byVersion.get(v.name!) ?? []).map((p) => [p.url.replace(`/docs/${v.name}/`, '/docs/'), p])) }));
  for (const page of byVersion.get('') ?? []) {
    const before = old.find(({ pages }) => pages.has(page.url));
    if (!before) continue;
    const has = new Set(page.anchors);
    const lost = before.pages.get(page.url)!.anchors.filter((id) => !has.has(id));
    if (lost.length > 0) out.push(diagnose('version-anchor-lost', { file: page.file, line: 1, column: 1 }, { version: before.version.label, anchors: lost }));
  }
  return out;
}

/** A current page published where an old version's pages are (`docs/1.x/…` beside `versions/1.x/`). */
export function checkVersionPaths(byVersion: ReadonlyMap<string, PageFacts[]>, versions: readonly DocsVersion[]): Diagnostic[] {
  const names = new Set(versions.flatMap((v) => (v.name ? [v.name] : [])));
  return (byVersion.get('') ?? []).flatMap((page) => {
    const segment = /^(?:\/[^/]+)?\/docs\/([^/]+)\//.exec(page.url)?.[1];
    return segment && names.has(segment) ? [diagnose('version-path-taken', { file: page.file, line: 1, column: 1 }, { url: page.url, version: segment })] : [];
  });
}

/** What the site-wide checks need besides the pages. */
export interface SiteCheckOptions {
  contentDir: string;
  editions: SiteEditions;
  /** Each version's anchor lock, as {@link readLocks} read them. */
  locks: readonly VersionLock[];
  publicFiles: ReadonlySet<string>;
  missingTargets?: Level;
  statusOf?: StatusOf;
  repoPath: (absolute: string) => string;
}

/** A version's anchor lock: where it is, and what it holds when there is one. */
export interface VersionLock {
  version: DocsVersion;
  path: string;
  /** Its path as findings name it. */
  file: string;
  lock?: AnchorLock;
}

/** The anchor lock of each version, read from its folder. */
export async function readLocks(contentDir: string, versions: readonly DocsVersion[], repoPath: (absolute: string) => string): Promise<VersionLock[]> {
  return Promise.all(
    versions.map(async (version) => {
      const path = join(versionDir(contentDir, version), ANCHOR_LOCK_FILE);
      const file = repoPath(path);
      const lock = await readAnchorLock(path, file);
      return { version, path, file, ...(lock ? { lock } : {}) };
    }),
  );
}

/**
 * Every check that needs all pages at once, in every version and language: addresses and links
 * (a link into a version is checked against that version's pages), each version's anchor lock,
 * translations against their sources, the language and version folders, the chrome's strings,
 * current pages in an old version's place, and anchors an old version had.
 */
export function checkEditions(pages: readonly PageFacts[], options: SiteCheckOptions): Diagnostic[] {
  const { contentDir, editions, repoPath } = options;
  const versions = editions.versions.map((v) => v.version);
  const byVersion = pagesByVersion(pages, versions);
  const targets = editions.versions.flatMap(({ version, languages }) => fallbackTargets(byVersion.get(version.name ?? '') ?? [], languages));
  const out: Diagnostic[] = [...checkSite(pages, { publicFiles: options.publicFiles, missingTargets: options.missingTargets, targets })];
  for (const { version, file, lock } of options.locks) {
    if (lock) out.push(...checkAnchorLock(lock, byVersion.get(version.name ?? '') ?? [], file));
  }
  for (const { version, languages } of editions.versions) {
    out.push(...checkTranslations(byVersion.get(version.name ?? '') ?? [], languages, options.statusOf));
    const dir = versionDir(contentDir, version);
    out.push(...checkLanguageFolders(languages, dir, repoPath));
    // The chrome's strings are the site's, whatever the version: reported once.
    if (!version.name) out.push(...checkLanguageStrings(languages, dir, repoPath));
  }
  out.push(...editions.problems.map((problem) => versionFolderDiagnostic(problem, repoPath(join(contentDir, 'versions', problem.folder)))));
  out.push(...checkVersionPaths(byVersion, versions), ...checkVersionAnchors(byVersion, versions));
  return out;
}
