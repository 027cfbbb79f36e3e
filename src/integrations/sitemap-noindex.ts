import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filterSitemap, isNoindex } from '../site/sitemap';
import { baseDir } from '../site/urls';

/**
 * Keeps pages marked `noindex` (the 404 page, pages that forward an old URL) out of the sitemap
 * that @astrojs/sitemap wrote. Runs after it.
 */
export function sitemapNoindex(): AstroIntegration {
  let base = '/';
  return {
    name: 'sitemap-noindex',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseDir(config.base);
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const fileOf = (loc: string) => {
          const path = new URL(loc).pathname.slice(base.length);
          return join(out, path, path.endsWith('/') || path === '' ? 'index.html' : '');
        };
        const keep = (loc: string) => {
          const file = fileOf(loc);
          return !existsSync(file) || !isNoindex(readFileSync(file, 'utf8'));
        };
        for (const name of readdirSync(out).filter((f) => /^sitemap-\d+\.xml$/.test(f))) {
          const path = join(out, name);
          writeFileSync(path, filterSitemap(readFileSync(path, 'utf8'), keep));
        }
      },
    },
  };
}
