import { readFileSync } from 'node:fs';
import { writeFileWholeSync } from './files.ts';
import { join } from 'node:path';
import { translatedUrl } from '../site/urls.ts';

/**
 * Where the build keeps its state, in a folder of Astro's cache folder (one per content folder,
 * see src/config/env.ts): each page's compiled body and Markdown copy in a file of `content/`,
 * and the manifest of the published pages in `manifest.json`.
 */
export function buildStatePaths(cacheDir: string): { contentDir: string; manifestFile: string } {
  const dir = join(cacheDir, 'docs-build');
  return { contentDir: join(dir, 'content'), manifestFile: join(dir, 'manifest.json') };
}

/** What a finished build published for a page: the next build can take the page from it. */
export interface BuiltPage {
  /** The page's key ({@link pageKey} in ./page-reuse): everything its HTML was made from. */
  key: string;
  /** A digest of the `index.html` that was published. */
  html: string;
}

/** What the build under way decided for a page. */
export interface PlannedPage {
  key: string;
  /** Taken from the previous build rather than rendered. */
  carried: boolean;
}

/** One published docs page in the manifest. */
export interface ManifestPage {
  /** The page's URL without the base path (`/docs/a/b/`). */
  url: string;
  title: string;
  description?: string;
  /** The file holding its compiled body and Markdown copy (see ./content-cache). */
  content: string;
  /** Every id readers can link to on the page. */
  anchors: string[];
  /** The language the page is published in, when not the site's default one (`fr`). */
  lang?: string;
  /** The old version the page is in, if it is in one (`1.x`). */
  version?: string;
  /** Set on a page of a translated language that shows the default language's content (not translated yet). */
  fallback?: true;
  /** What the last finished build published for it. */
  built?: BuiltPage;
  /** What the build under way decided for it, until that build finishes. */
  planned?: PlannedPage;
}

/**
 * The manifest of the published docs pages, by URL, in the collection's order. The loader writes
 * the pages as it compiled them, the docs route adds what it plans for each in a build, and the
 * end of a build records what it published; the integrations read it.
 */
export interface Manifest {
  version: 2;
  pages: Record<string, ManifestPage>;
}

/** An empty manifest. */
export function emptyManifest(): Manifest {
  return { version: 2, pages: {} };
}

/** Reads the manifest; anything unreadable or of another version counts as empty. */
export function readManifest(file: string): Manifest {
  try {
    return parseManifest(readFileSync(file, 'utf8'));
  } catch {
    // No manifest yet: start again.
    return emptyManifest();
  }
}

/** The manifest in `text` (as the file holds it); a broken one, or one of another version, counts as empty. */
export function parseManifest(text: string): Manifest {
  try {
    const manifest = JSON.parse(text) as Partial<Manifest>;
    if (manifest.version === 2 && manifest.pages && typeof manifest.pages === 'object') return manifest as Manifest;
  } catch {
    // A broken manifest: start again.
  }
  return emptyManifest();
}

/** Writes the manifest in one step: a reader never sees half of it. */
export function writeManifest(file: string, manifest: Manifest): void {
  writeFileWholeSync(file, JSON.stringify(manifest));
}

/**
 * The manifest of pages just compiled: what the last finished build published is kept for each
 * page still there; plans of a build that did not finish are dropped.
 */
export function withPages(previous: Manifest, pages: readonly Omit<ManifestPage, 'built' | 'planned'>[]): Manifest {
  const next = emptyManifest();
  for (const page of pages) {
    const built = previous.pages[page.url]?.built;
    next.pages[page.url] = built ? { ...page, built } : { ...page };
  }
  return next;
}

/** A page as the loader compiled it, for {@link publishedPages}. */
type CompiledPage = Omit<ManifestPage, 'built' | 'planned' | 'fallback'>;

/**
 * Every page the site publishes, from the pages compiled: each translated language of a version
 * (`tagsOf` the version's name, undefined for the current one) publishes its translations at
 * `/<tag>/docs/…` and, for each page of the version's default language it has not translated,
 * that page's content at the same place (a fallback).
 */
export function publishedPages(compiled: readonly CompiledPage[], tagsOf: (version: string | undefined) => readonly string[]): Omit<ManifestPage, 'built' | 'planned'>[] {
  const urls = new Set(compiled.map((p) => p.url));
  const pages: Omit<ManifestPage, 'built' | 'planned'>[] = [...compiled];
  for (const page of compiled) {
    if (page.lang !== undefined) continue;
    for (const tag of tagsOf(page.version)) {
      const url = translatedUrl(page.url, tag);
      if (!urls.has(url)) pages.push({ ...page, url, lang: tag, fallback: true });
    }
  }
  return pages;
}
