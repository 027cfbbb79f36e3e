// @ts-check
import markdoc from '@astrojs/markdoc';
import { defineConfig } from 'astro/config';
import { codeTheme } from './src/integrations/code-theme.ts';
import { siteConfig } from './src/site.config.ts';

// BASE_PATH publishes the site under a sub-folder (`BASE_PATH=/docs-site/ npm run build`).
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: siteConfig.url,
  base,
  trailingSlash: 'always',
  redirects: { '/': '/docs/' },
  // Stylesheets are always files: inline <style> would break a strict Content-Security-Policy.
  build: { inlineStylesheets: 'never', format: 'directory' },
  integrations: [markdoc(), codeTheme(siteConfig.codeThemes)],
  // Scripts are always files too, never inlined, for the same reason.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
