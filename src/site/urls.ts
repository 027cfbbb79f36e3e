import type { Schema } from '@markdoc/markdoc';

/**
 * Every URL the site publishes is made here: pages from their slugs, files and author-written
 * links under the base path, and the check that keeps script URLs out.
 */

/** URL schemes that run script when followed, never emitted as live links. */
const UNSAFE_SCHEME = /^(?:javascript|vbscript|data):/i;

/** Whether a URL is safe to emit as a link target or image source. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme (`java\tscript:`).
  const squeezed = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (!UNSAFE_SCHEME.test(squeezed)) return true;
  return /^data:image\/(?:png|gif|jpeg|webp|avif);/i.test(squeezed);
}

/**
 * Prefixes a root-relative URL (`/docs/a/`) with the site's base path, so links keep working when
 * the site is published under a sub-folder. Other URLs are returned as they are.
 */
export function withBasePath(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.replace(/\/$/, '');
  if (prefix === '' || url === prefix || url.startsWith(`${prefix}/`)) return url;
  return `${prefix}${url}`;
}

/** The site's base path ending in a slash: `/`, `/docs-site/`. */
export function baseDir(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * Joins the site base and a slug under `/docs/` into a page URL with a trailing slash; a page of
 * an old version is under the version's name (`/docs/1.x/a/`).
 */
export function slugToUrl(slug: string, base = '/', version?: string): string {
  const prefix = `${baseDir(base)}docs/${version ? `${version}/` : ''}`;
  return slug === '' ? prefix : `${prefix}${slug}/`;
}

/** The base path of a language's pages: the site's base, then the tag of a translated language (`/fr/`). */
export function languageBase(base: string, tag?: string): string {
  return tag ? `${baseDir(base)}${tag}/` : baseDir(base);
}

/** The URL (without base) of a page in a translated language: `/docs/a/` → `/fr/docs/a/`. */
export function translatedUrl(url: string, tag: string): string {
  return `/${tag}${url}`;
}

/** A tag attribute that holds a URL: a link to follow, or an image to show. */
export type UrlKind = 'link' | 'image';

/**
 * A URL an author wrote (a link or image of a page, an attribute of a tag) as the site publishes
 * it: under the base path when root-relative, as it is otherwise, and nothing when it would run
 * a script.
 */
export function publishedUrl(url: string, base: string): string | undefined {
  return isSafeUrl(url) ? withBasePath(url, base) : undefined;
}

/** The attributes of a tag schema that hold URLs (declared with `url: 'link'` or `'image'`), by name. */
export function urlAttributes(schema: Schema | undefined): [string, UrlKind][] {
  return Object.entries((schema?.attributes ?? {}) as Record<string, { url?: UrlKind }>).flatMap(([name, attribute]) =>
    attribute.url ? [[name, attribute.url] as [string, UrlKind]] : [],
  );
}
