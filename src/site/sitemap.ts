import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a built page asks search engines not to index it (404, forwarding pages). */
export function isNoindex(html: string): boolean {
  return /<meta[^>]+name="robots"[^>]+content="[^"]*noindex/i.test(html);
}

/**
 * Whether a URL of the site built in `outDir` under `base` belongs in its sitemap: not the root,
 * which only forwards to the docs home, nor a page marked noindex.
 */
export function inSitemap(url: string, base: string, outDir: string): boolean {
  const path = new URL(url).pathname.slice(base.length);
  if (path === '') return false;
  const file = join(outDir, path, path.endsWith('/') ? 'index.html' : '');
  return !(existsSync(file) && isNoindex(readFileSync(file, 'utf8')));
}
