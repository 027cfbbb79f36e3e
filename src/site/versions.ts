/**
 * The versions of a site's docs: the current one (`CONTENT_DIR/docs/`, published at `/docs/`) and
 * one per folder `CONTENT_DIR/versions/<name>/`, a frozen snapshot published at `/docs/<name>/`.
 */

/** What the site config says of versions. */
export interface VersionsSetting {
  /** The current version's label in the version picker (`2.x`). */
  current: { label: string };
  /** Labels and statuses of old versions, by folder name; all optional. */
  old?: Readonly<Record<string, { label?: string; status?: VersionStatus }>>;
  /** Old versions' folder names, newest first; by default they are ordered by name, highest first. */
  order?: readonly string[];
  /** Whether search engines may index old versions (default: no: they are left out of the sitemap and marked noindex). */
  indexOld?: boolean;
}

/** Whether an old version is still looked after. */
export type VersionStatus = 'supported' | 'unsupported';

/** A version of the docs. */
export interface DocsVersion {
  /** Its folder under `versions/` and its path under `/docs/`; none for the current version. */
  name?: string;
  label: string;
  status: 'current' | VersionStatus;
}

/** A folder under `versions/`, as found on disk. */
export interface VersionFolder {
  name: string;
  hasDocs: boolean;
}

/** What is wrong with a version folder: it is then not published. */
export type VersionFolderProblem =
  | { kind: 'name-invalid'; folder: string }
  | { kind: 'docs-missing'; folder: string }
  | { kind: 'label-duplicate'; folder: string; label: string; first: string };

/** A version name: what can stand in a URL path as it is (`1.x`, `v2`, `2024-10`). */
export const VERSION_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Compares version names as numbers where they are numbers (`v10` after `v9`). */
const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The site's versions, the current one first and then the old ones newest first (the config's
 * order, then the others by name, highest first), and the problems of the folders left out.
 */
export function siteVersions(folders: readonly VersionFolder[], setting: VersionsSetting): { current: DocsVersion; old: DocsVersion[]; problems: VersionFolderProblem[] } {
  const current: DocsVersion = { label: setting.current.label, status: 'current' };
  const problems: VersionFolderProblem[] = [];
  const labels = new Map<string, string>([[current.label, '']]);
  const order = setting.order ?? [];
  const sorted = [...folders].sort((a, b) => {
    const ai = order.indexOf(a.name);
    const bi = order.indexOf(b.name);
    if (ai !== -1 || bi !== -1) return (ai === -1 ? Infinity : ai) - (bi === -1 ? Infinity : bi);
    return byName.compare(b.name, a.name);
  });
  // A folder named as its label claims the label before a folder that takes it from the config.
  const claimsFirst = [...sorted].sort((a, b) => Number((setting.old?.[a.name]?.label ?? a.name) !== a.name) - Number((setting.old?.[b.name]?.label ?? b.name) !== b.name));
  const published = new Set<string>();
  for (const folder of claimsFirst) {
    if (!VERSION_NAME.test(folder.name)) {
      problems.push({ kind: 'name-invalid', folder: folder.name });
      continue;
    }
    if (!folder.hasDocs) {
      problems.push({ kind: 'docs-missing', folder: folder.name });
      continue;
    }
    const label = setting.old?.[folder.name]?.label ?? folder.name;
    const first = labels.get(label);
    if (first !== undefined) {
      problems.push({ kind: 'label-duplicate', folder: folder.name, label, first: first === '' ? 'the current version' : first });
      continue;
    }
    labels.set(label, folder.name);
    published.add(folder.name);
  }
  const old: DocsVersion[] = sorted
    .filter((folder) => published.has(folder.name))
    .map((folder) => ({ name: folder.name, label: setting.old?.[folder.name]?.label ?? folder.name, status: setting.old?.[folder.name]?.status ?? 'supported' }));
  problems.sort((a, b) => byName.compare(a.folder, b.folder));
  return { current, old, problems };
}
