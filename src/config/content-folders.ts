import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A folder of the content folder's `i18n/` or `versions/`, and whether it holds `docs/`. */
export interface ContentFolder {
  name: string;
  hasDocs: boolean;
}

/** The folders under `CONTENT_DIR/<under>/` (`i18n`, `versions`), by name, each with whether it holds `docs/`. */
export function readContentFolders(contentDir: string, under: 'i18n' | 'versions'): ContentFolder[] {
  const dir = join(contentDir, under);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const docs = join(dir, entry.name, 'docs');
      return { name: entry.name, hasDocs: existsSync(docs) && statSync(docs).isDirectory() };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
