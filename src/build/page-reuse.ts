import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SOURCES, sourcesDigest } from './code-sources';

/** What a build leaves about one docs page it published, for the next build to reuse it. */
export interface BuiltPage {
  /** The page's key ({@link pageKey}): everything its HTML was made from. */
  key: string;
  /** A digest of the `index.html` that was published. */
  html: string;
}

/** The record a build leaves of its docs pages, by URL without the base path (`/docs/a/`). */
export interface BuildRecord {
  version: 1;
  pages: Record<string, BuiltPage>;
}

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

/**
 * A digest of the code that renders pages ({@link CODE_SOURCES}: the project's sources, tests
 * aside, its config files and the lock file of its packages) and the Node version, plus any other
 * settings given. A build with another fingerprint reuses nothing.
 */
export function codeFingerprint(root: string, settings: unknown): string {
  return digest(`${process.version}\0${JSON.stringify(settings)}\0${sourcesDigest(root, CODE_SOURCES)}`);
}

/**
 * Reuse of the previous build's pages during one build. The docs route asks it, page by page,
 * whether a page can be carried over; a page is carried over only when its key is the one the
 * previous build recorded and the previous build's file is still the one it wrote. Every other
 * page is rendered.
 */
export class PageReuse {
  /** Pages taken from the previous build, by URL. */
  readonly carried = new Map<string, BuiltPage>();
  /** Keys of the pages this build renders, by URL. */
  readonly rendered = new Map<string, string>();

  constructor(
    readonly fingerprint: string,
    /** The previous build's output folder, if there is one to reuse. */
    readonly previousDir: string | undefined,
    readonly previous: BuildRecord | undefined,
  ) {}

  /** Whether the page at `url` can be taken as it is from the previous build; remembers which. */
  carryOver(url: string, key: string): boolean {
    const before = this.previous?.pages[url];
    if (this.previousDir && before?.key === key) {
      try {
        if (digest(readFileSync(htmlFile(this.previousDir, url))) === before.html) {
          this.carried.set(url, before);
          return true;
        }
      } catch {
        // The file is gone: render the page.
      }
    }
    this.rendered.set(url, key);
    return false;
  }

  /** The record of this build's pages, once the rendered ones are written to `outDir`. */
  record(outDir: string): BuildRecord {
    const pages: Record<string, BuiltPage> = {};
    for (const [url, page] of this.carried) pages[url] = page;
    for (const [url, key] of this.rendered) {
      try {
        pages[url] = { key, html: digest(readFileSync(htmlFile(outDir, url))) };
      } catch {
        // A page that produced no file is simply not reusable.
      }
    }
    return { version: 1, pages };
  }
}

/** Reads a build record; anything unreadable or of another version counts as none. */
export function parseBuildRecord(text: string | undefined): BuildRecord | undefined {
  if (!text) return undefined;
  try {
    const record = JSON.parse(text) as Partial<BuildRecord>;
    return record.version === 1 && record.pages && typeof record.pages === 'object' ? (record as BuildRecord) : undefined;
  } catch {
    return undefined;
  }
}

const ACTIVE = Symbol.for('docs-site.page-reuse');

/**
 * The reuse of the build under way, if any. The integration that creates it and the docs route
 * that consults it are loaded as separate module copies (config and bundle), so it lives on the
 * global object rather than in a module variable.
 */
export function activePageReuse(): PageReuse | undefined {
  return (globalThis as { [ACTIVE]?: PageReuse })[ACTIVE];
}

export function setActivePageReuse(reuse: PageReuse | undefined): void {
  (globalThis as { [ACTIVE]?: PageReuse })[ACTIVE] = reuse;
}
