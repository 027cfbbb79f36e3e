import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a built page asks search engines not to index it (404, forwarding pages). */
export function isNoindex(html: string): boolean {
  return /<meta[^>]+name="robots"[^>]+content="[^"]*noindex/i.test(html);
}

/** The canonical URL a built page names, if any. */
export function canonicalOf(html: string): string | undefined {
  return /<link[^>]+rel="canonical"[^>]+href="([^"]*)"/i.exec(html)?.[1];
}

/**
 * Whether a URL of the site built in `outDir` under `base` belongs in its sitemap: not the root,
 * which only forwards to the docs home, nor a page marked noindex, nor one whose canonical URL is
 * another page's (a page of a language that shows the default language's content, not translated yet).
 */
export function inSitemap(url: string, base: string, outDir: string): boolean {
  const path = new URL(url).pathname.slice(base.length);
  if (path === '') return false;
  const file = join(outDir, path, path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) return true;
  const html = readFileSync(file, 'utf8');
  const canonical = canonicalOf(html);
  return !isNoindex(html) && (canonical === undefined || new URL(canonical).pathname === new URL(url).pathname);
}

/** A sitemap entry's alternates in other languages (as @astrojs/sitemap writes them). */
export interface SitemapLinks {
  url: string;
  links?: { url: string; lang: string }[];
}

/** Adds `x-default` (the default language's page) to an entry that has alternates in other languages. */
export function withDefaultAlternate<T extends SitemapLinks>(item: T, defaultLang: string): T {
  const fallback = item.links?.find((link) => link.lang === defaultLang);
  return fallback ? { ...item, links: [...item.links!, { url: fallback.url, lang: 'x-default' }] } : item;
}
