import { join } from 'node:path';

/**
 * Where the loader keeps what it compiled, inside Astro's cache folder: each page's body and
 * Markdown copy in `docs-content/`, and a list of the published pages in `docs-pages.json`.
 */
export function contentCachePaths(cacheDir: string): { contentDir: string; pagesFile: string } {
  return { contentDir: join(cacheDir, 'docs-content'), pagesFile: join(cacheDir, 'docs-pages.json') };
}

/** A published page, as the list in `docs-pages.json` gives it. */
export interface PublishedPage {
  /** The page's URL without the base path (`/docs/a/b/`). */
  url: string;
  title: string;
  description?: string;
  /** Its content files, without extension (see the loader's `PageMetadata.content`). */
  content: string;
}
