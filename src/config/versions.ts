import { readContentFolders } from './content-folders.ts';
import { join } from 'node:path';
import { siteVersions, type DocsVersion, type VersionFolder, type VersionFolderProblem, type VersionsSetting } from '../site/versions.ts';

/** The folders under `CONTENT_DIR/versions/`, each with whether it holds `docs/`. */
export function readVersionFolders(contentDir: string): VersionFolder[] {
  return readContentFolders(contentDir, 'versions');
}

/** The site's versions: the current one first, then the old ones newest first, and the problems of the folders left out. */
export function readSiteVersions(contentDir: string, setting: VersionsSetting): { all: DocsVersion[]; problems: VersionFolderProblem[] } {
  const { current, old, problems } = siteVersions(readVersionFolders(contentDir), setting);
  return { all: [current, ...old], problems };
}

/** The content folder of a version: the content folder itself for the current one. */
export function versionDir(contentDir: string, version: DocsVersion | string | undefined): string {
  const name = typeof version === 'string' ? version : version?.name;
  return name ? join(contentDir, 'versions', name) : contentDir;
}
