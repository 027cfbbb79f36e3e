import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyAnchorProblems } from '../../src/build/built-site.ts';
import { buildStatePaths, readManifest } from '../../src/build/manifest.ts';
import { readEnvironment } from '../../src/config/env.ts';
import { RESERVED_IDS } from '../../src/pipeline/slug.ts';
import { readPage, ROOT } from './helpers.ts';

const dist = (path: string) => readFileSync(join(ROOT, 'dist', path), 'utf8');

describe('publishing', () => {
  it('keeps the layout to the ids that content cannot take', () => {
    // A heading slugged into one of the layout's ids would break the skip link or a script.
    for (const url of ['/docs/', '/docs/contributing/writing-pages/', '/docs/contributing/tags/']) {
      const page = readPage(url);
      page.querySelector('article')!.remove();
      const ids = page.querySelectorAll('[id]').map((element) => element.id);
      expect(ids.length, url).toBeGreaterThan(0);
      expect(ids.filter((id) => !(RESERVED_IDS as readonly string[]).includes(id)), url).toEqual([]);
    }
  });

  it('gives every page OpenGraph and Twitter tags and a Markdown alternate', () => {
    const page = readPage('/docs/sdks/server/');
    const meta = (key: string) => page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    expect(meta('og:title')).toBe('Server SDKs');
    expect(meta('og:url')).toBe('https://docs.example.com/docs/sdks/server/');
    expect(meta('twitter:card')).toBe('summary');
    expect(page.querySelector('link[rel="alternate"][type="text/markdown"]')?.getAttribute('href')).toBe('/docs/sdks/server/index.md');
  });

  it('writes a sitemap, and robots.txt pointing to it', () => {
    expect(dist('sitemap-0.xml')).toContain('<loc>https://docs.example.com/docs/advanced/platform/api-keys/</loc>');
    expect(dist('robots.txt')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://docs.example.com/sitemap-index.xml\n');
  });

  it('lists every page with its description in llms.txt', () => {
    const llms = dist('llms.txt');
    expect(llms).toMatch(/^# Platform Docs\n\n> /);
    expect(llms).toContain(
      '- [API keys](https://docs.example.com/docs/advanced/platform/api-keys/index.md): Create API keys for Server SDKs and the CLI, and grant each key only the scopes it needs.',
    );
    expect(llms.match(/^- \[/gm)).toHaveLength(7 + 2);
    // Grouped as the sidebar groups them, then the site's other languages.
    expect(llms.match(/^## .+$/gm)).toEqual(['## Docs', '## SDKs', '## Advanced', '## Contributing', '## Other languages']);
    expect(llms).toContain('## Other languages\n\n- [العربية](https://docs.example.com/ar/llms.txt)\n- [Français](https://docs.example.com/fr/llms.txt)\n');
  });

  it('gives each language its llms.txt and llms-full.txt, listing its pages at its addresses', () => {
    const llms = dist('fr/llms.txt');
    expect(llms).toContain('- [Clés d’API](https://docs.example.com/fr/docs/advanced/platform/api-keys/index.md): Créez des clés d’API');
    // A page not translated yet is listed at the language's address, with its own words.
    expect(llms).toContain('- [Server SDKs](https://docs.example.com/fr/docs/sdks/server/index.md)');
    expect(llms).toContain('- [English](https://docs.example.com/llms.txt)');
    expect(dist('fr/llms-full.txt')).toContain('Source: https://docs.example.com/fr/docs/advanced/platform/api-keys/\n\n# Clés d’API');
    expect(dist('fr/docs/advanced/platform/api-keys/index.md')).toContain('## Portées {#scopes}');
  });

  it('holds every page\'s Markdown copy in llms-full.txt, in reading order, each after its address', () => {
    const full = dist('llms-full.txt');
    const sources = [...full.matchAll(/^Source: (.+)$/gm)].map((m) => m[1]);
    const listed = [...dist('llms.txt').matchAll(/\]\((https:[^)]+)index\.md\)/g)].map((m) => m[1]);
    expect(sources).toEqual(listed);
    // Each copy whole, as published beside its page.
    for (const url of sources) {
      const copy = dist(`${new URL(url!).pathname.slice(1)}index.md`).trim();
      expect(full, url).toContain(`Source: ${url}\n\n${copy}\n`);
    }
  });

  it('publishes a Markdown copy of each page with its anchors and readable callouts', () => {
    const md = dist('docs/advanced/platform/api-keys/index.md');
    expect(md).toMatch(/^# API keys\n/);
    expect(md).toContain('## Create API key {#create-api-key}');
    expect(md).toContain('## Scopes {#scopes}');
    expect(md).toContain('> **Best practice**');
    expect(md).toContain('| `assistant.read` | Access to read the Assistant service |');
    expect(md).not.toContain('{%');
  });

  it('gives every page a Markdown copy with every title and exactly the page\'s anchors', () => {
    const { pages } = readManifest(buildStatePaths(readEnvironment(ROOT, {}).cacheDir).manifestFile);
    // Seven pages of the current version and six of version 1.x, in each of three languages.
    expect(Object.keys(pages)).toHaveLength((7 + 6) * 3);
    for (const { url, anchors } of Object.values(pages)) {
      const path = url.slice(1);
      expect(copyAnchorProblems(dist(`${path}index.md`), dist(`${path}index.html`), anchors), url).toEqual([]);
    }
    const guide = dist('docs/contributing/writing-pages/index.md');
    // Step titles, tab titles and callout titles, with their anchors.
    expect(guide).toContain('## 1. Install the SDK {#install-the-sdk}');
    expect(guide).toContain('**npm** {#npm}');
    expect(guide).toMatch(/^> \*\*[^*]+\*\*/m);
  });

  it('keeps the 404 page out of search engines and the search index', () => {
    const page = readPage('/404.html');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('gives the 404 page no canonical URL: it is served at whatever URL was missing', () => {
    const page = readPage('/404.html');
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    expect(page.querySelector('meta[property="og:url"]')).toBeNull();
    expect(page.querySelector('link[rel="alternate"][type="text/markdown"]')).toBeNull();
  });
});
