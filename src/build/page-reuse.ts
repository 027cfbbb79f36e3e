import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage, Manifest, PlannedPage } from './manifest.ts';

/** A hex digest of some bytes or text. */
export function digest(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

/** The published HTML file of a page URL (without base) inside an output folder. */
export function htmlFile(outDir: string, url: string): string {
  return join(outDir, url, 'index.html');
}

/**
 * The key of a docs page: the build's code fingerprint, the page's entry (its digest covers its
 * source and the pipeline that compiled it) and every piece of data the layout renders around it
 * (sidebar, table of contents, neighbours, dates). Two builds that agree on the key write the
 * same HTML.
 */
export function pageKey(fingerprint: string, entry: { id: string; digest?: string | number }, layout: unknown): string {
  return digest(`${fingerprint}\0${entry.id}\0${entry.digest ?? ''}\0${JSON.stringify(layout)}`);
}

/** What a build needs to take unchanged pages from the previous one. */
export interface ReuseSource {
  fingerprint: string;
  /** The previous build's output folder (`PREVIOUS_BUILD`), if there is one to take pages from. */
  previousDir: string | undefined;
}

/**
 * Decides, page by page, whether a page can be carried over from the previous build: only when
 * its key is the one the previous build recorded and the previous build's file is still the one
 * it wrote. Every other page is rendered.
 */
export function planPage(source: ReuseSource, before: BuiltPage | undefined, url: string, key: string): PlannedPage {
  if (source.previousDir && before?.key === key) {
    try {
      if (digest(readFileSync(htmlFile(source.previousDir, url))) === before.html) return { key, carried: true };
    } catch {
      // The file is gone: render the page.
    }
  }
  return { key, carried: false };
}

/**
 * The manifest once a build's pages are written to `outDir`: each planned page becomes what the
 * build published (a carried page keeps its record; a rendered one is digested), and the plans
 * are cleared. A planned page that produced no file is simply not reusable.
 */
export function recordBuild(manifest: Manifest, outDir: string): Manifest {
  const pages: Manifest['pages'] = {};
  for (const [url, page] of Object.entries(manifest.pages)) {
    const { planned, built, ...rest } = page;
    let record: BuiltPage | undefined;
    if (planned?.carried) record = built;
    else if (planned) {
      try {
        record = { key: planned.key, html: digest(readFileSync(htmlFile(outDir, url))) };
      } catch {
        record = undefined;
      }
    }
    pages[url] = record ? { ...rest, built: record } : rest;
  }
  return { version: 2, pages };
}
