// @ts-check
import { fileURLToPath } from 'node:url';
import markdoc from '@astrojs/markdoc';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { codeTheme } from './src/integrations/code-theme.ts';
import { markdownCopies } from './src/integrations/markdown-copies.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { sitemapNoindex } from './src/integrations/sitemap-noindex.ts';
import { pageReuse } from './src/integrations/page-reuse.ts';
import { search } from './src/search/integration.ts';
import { readEnvironment } from './src/config/env.ts';
import { siteConfig } from './src/site.config.ts';

// CONTENT_DIR, BASE_PATH, OUT_DIR…: what each environment variable does is in src/config/env.ts.
const env = readEnvironment(fileURLToPath(new URL('.', import.meta.url)));
const base = env.base;

// Rebuilds take unchanged docs pages from the previous build (see src/integrations/page-reuse.ts).
const reuse = pageReuse();

export default defineConfig({
  site: siteConfig.url,
  base,
  outDir: env.outDir,
  cacheDir: env.cacheDir,
  trailingSlash: 'always',
  // Stylesheets are always files: inline <style> would break a strict Content-Security-Policy.
  // A few pages render at once, so one page's file writes overlap the next page's rendering.
  build: { inlineStylesheets: 'never', format: 'directory', concurrency: 4 },
  integrations: [
    markdoc(),
    // First, so the integrations after it see the carried-over pages in place.
    reuse,
    // The root only forwards to the docs home: it has no place in the sitemap.
    sitemap({ filter: (page) => new URL(page).pathname !== base, customPages: reuse.sitemapPages }),
    // Pages marked noindex (404, forwarding pages) leave the sitemap too.
    sitemapNoindex(),
    codeTheme(siteConfig.codeThemes),
    search(),
    markdownCopies(),
    securityHeaders(),
  ],
  // Scripts are always files too, never inlined, for the same reason.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
