import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderNode } from './render-tree';

/**
 * Where the loader keeps what it compiled, inside Astro's cache folder: each page's body and
 * Markdown copy in a file of `docs-content/`, and a list of the published pages in `docs-pages.json`.
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
  /** Its content file (see the loader's `PageMetadata.content`). */
  content: string;
}

/** A page's bulky parts, in a content file of their own (the loader's `PageMetadata.content`). */
export interface PageContent {
  /** HTML strings and the component tags between them. */
  body: RenderNode[];
  /** The page as plain Markdown, for its `index.md` copy. */
  markdown: string;
}

/** A page's body and Markdown copy, from its content file. */
export function readPageContent(file: string): PageContent {
  // Synchronous on purpose: a small local file reads in microseconds, while an asynchronous read
  // makes each of a build's thousands of pages wait for the thread pool.
  return JSON.parse(readFileSync(file, 'utf8')) as PageContent;
}
