import { diagnose } from './catalog.ts';
import type { LinkRef, PageFacts } from './check-page.ts';
import type { Diagnostic, Level } from './diagnostics.ts';
import { normalizeRedirectPath } from '../site/redirects.ts';
import { closest, nearest } from './suggest.ts';

/** What the link check knows besides the pages. */
export interface LinkCheckOptions {
  /** Files under `public/`, as URL paths (`/favicon.svg`). */
  publicFiles: ReadonlySet<string>;
  /** Other URL paths the site publishes (`/llms.txt`, `/sitemap-index.xml`). */
  extraPaths?: ReadonlySet<string>;
  /** Pages links may lead to whose own links are checked elsewhere (a translation's fallbacks). */
  targets?: readonly PageFacts[];
  /**
   * How a link or image to a page or file that does not exist is reported: `error` (the default),
   * or `warning` for a site published in parts, whose links to pages not moved yet are expected.
   */
  missingTargets?: Level;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Splits a link into its path (resolved against the page URL) and its fragment. */
export function resolveLink(href: string, pageUrl: string): { path: string; fragment?: string } {
  const url = new URL(href, `https://site.invalid${pageUrl}`);
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
  return { path: decodeURIComponent(url.pathname), ...(fragment !== undefined ? { fragment } : {}) };
}

/**
 * Checks every internal link and image of the site: the page (or public file) must exist, and so
 * must the section a `#fragment` names. Old URLs kept by `redirectFrom` count as their new page.
 * External links are not fetched.
 */
export function checkLinks(pages: readonly PageFacts[], options: LinkCheckOptions): Diagnostic[] {
  const byUrl = new Map([...(options.targets ?? []), ...pages].map((p) => [p.url, p]));
  const redirects = new Map<string, PageFacts>();
  for (const page of pages) for (const from of page.redirectFrom) redirects.set(normalizeRedirectPath(from.href), page);
  const extra = options.extraPaths ?? new Set<string>();
  const out: Diagnostic[] = [];

  const findPage = (path: string): PageFacts | undefined => {
    const withSlash = path.endsWith('/') ? path : `${path}/`;
    const md = /^(.*\/)index\.md$/.exec(path)?.[1];
    return byUrl.get(withSlash) ?? redirects.get(withSlash) ?? (md ? byUrl.get(md) : undefined);
  };

  const check = (page: PageFacts, ref: LinkRef, kind: 'link' | 'image') => {
    if (EXTERNAL.test(ref.href)) return;
    const { path, fragment } = resolveLink(ref.href, page.url);
    const target = ref.href.startsWith('#') ? page : findPage(path);
    const at = { file: ref.file ?? page.file, line: ref.line, column: ref.column };
    if (!target) {
      if (options.publicFiles.has(path) || extra.has(path)) return;
      const level = options.missingTargets ?? 'error';
      if (kind === 'image') {
        out.push(diagnose('image-missing', at, { src: ref.href, path }, level));
        return;
      }
      const guess = closest(path, byUrl.keys());
      out.push(diagnose('link-target-missing', at, { href: ref.href, ...(guess ? { guess: `${guess}${fragment ? `#${fragment}` : ''}` } : {}) }, level));
      return;
    }
    if (fragment === undefined || fragment === '' || target.anchors.includes(fragment)) return;
    const guess = closest(fragment, target.anchors);
    const where = target === page ? 'This page' : target.url;
    const existing = nearest(fragment, target.anchors).map((a) => `#${a}`);
    out.push(diagnose('link-fragment-missing', at, { where, fragment, ...(guess ? { guess } : {}), existing }));
  };

  for (const page of pages) {
    for (const ref of page.links) check(page, ref, 'link');
    for (const ref of page.images) check(page, ref, 'image');
  }
  return out;
}
