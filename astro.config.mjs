// @ts-check
import { fileURLToPath } from 'node:url';
import markdoc from '@astrojs/markdoc';
import { defineConfig } from 'astro/config';
import { readEnvironment } from './src/config/env.ts';
import { docsSite } from './src/integrations/docs-site.ts';
import { siteConfig } from './src/site.config.ts';

// CONTENT_DIR, BASE_PATH, OUT_DIR…: what each environment variable does is in src/config/env.ts.
const env = readEnvironment(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  site: siteConfig.url,
  base: env.base,
  outDir: env.outDir,
  cacheDir: env.cacheDir,
  trailingSlash: 'always',
  // Stylesheets are always files: inline <style> would break a strict Content-Security-Policy.
  // A few pages render at once, so one page's file writes overlap the next page's rendering.
  build: { inlineStylesheets: 'never', format: 'directory', concurrency: 4 },
  // Markdoc, then everything else the site needs, in the order it needs it (src/integrations/docs-site.ts).
  integrations: [markdoc(), docsSite(siteConfig, env)],
  // Scripts are always files too, never inlined, for the same reason.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
