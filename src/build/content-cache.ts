import { readFileSync } from 'node:fs';
import type { PageFacts } from '../check/check-page.ts';
import type { Diagnostic } from '../check/diagnostics.ts';
import type { RenderNode } from '../pipeline/render-tree.ts';
import type { Heading } from '../pipeline/toc.ts';

/** A page's bulky parts, in a content file of their own ({@link PageMetadata.content}). */
export interface PageContent {
  /** HTML strings and the component tags between them. */
  body: RenderNode[];
  /** The page as plain Markdown, for its `index.md` copy. */
  markdown: string;
  /**
   * The rest of what was compiled, so the page can be taken from its file when Astro's data
   * store has lost it (Astro clears the store when its config changes, a dev server's port
   * included): its digest, frontmatter and metadata.
   */
  page?: { digest: string; frontmatter: Record<string, unknown>; metadata: Omit<PageMetadata, 'content' | 'siteDiagnostics'> };
}

/** A page's body and Markdown copy, from its content file. */
export function readPageContent(file: string): PageContent {
  // Synchronous on purpose: a small local file reads in microseconds, while an asynchronous read
  // makes each of a build's thousands of pages wait for the thread pool.
  return JSON.parse(readFileSync(file, 'utf8')) as PageContent;
}

/** What the loader stores for a page beside its frontmatter, under `rendered.metadata`. */
export interface PageMetadata {
  /**
   * The file holding the page's bulky parts ({@link PageContent}), in Astro's cache folder and
   * named by the page's digest. They are most of a page's weight: kept out of the data store,
   * they are not serialised into it, nor into the build's bundle, on every build.
   */
  content: string;
  /** The partials the page includes itself: its digest covers them and those they include. */
  partials: string[];
  headings: Heading[];
  facts: PageFacts;
  /** The page's own problems. */
  diagnostics: Diagnostic[];
  /** Problems of links from this page and of its locked anchors, as of the last check (dev only). */
  siteDiagnostics?: Diagnostic[];
}

/** The metadata the loader stored on an entry (Astro types it as an open record). */
export function pageMetadata(entry: { rendered?: { metadata?: unknown } }): PageMetadata {
  return entry.rendered?.metadata as PageMetadata;
}
