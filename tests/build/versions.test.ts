import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPage, ROOT } from './helpers.ts';

/** The bundled site's docs are version 2.x; `content/versions/1.x/` is an old version, with fewer scopes and no Performance page. */
describe('a site with an old version', () => {
  const keys = 'advanced/platform/api-keys/';
  const attr = (page: ReturnType<typeof readPage>, selector: string, name: string) => page.querySelector(selector)?.getAttribute(name);
  const dist = (path: string) => readFileSync(join(ROOT, 'dist', path), 'utf8');

  it('publishes the old version under /docs/<name>/, its own pages, linking each other', () => {
    const old = readPage(`/docs/1.x/${keys}`);
    expect(old.querySelectorAll('.table-wrapper tbody tr').length).toBe(10);
    expect(readPage(`/docs/${keys}`).querySelectorAll('.table-wrapper tbody tr').length).toBe(32);
    expect(attr(old, 'article a[href*="sdks/server"]', 'href')).toBe('/docs/1.x/sdks/server/');
    expect(old.querySelectorAll('#site-nav a').map((a) => a.getAttribute('href')).every((href) => href!.startsWith('/docs/1.x/'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist/docs/1.x/contributing/performance/index.html'))).toBe(false);
    // Its translations too, and each page's Markdown copy.
    expect(readPage(`/fr/docs/1.x/${keys}`).querySelector('h2#scopes')!.text).toBe('Portées');
    expect(dist(`docs/1.x/${keys}index.md`)).toContain('# API keys');
  });

  it('tells readers of the old version which they read, with a link to the current page', () => {
    const banner = readPage(`/docs/1.x/${keys}`).querySelector('.version-banner')!;
    expect(banner.text).toContain('You are reading the docs for 1.x.');
    expect(banner.querySelector('a')!.getAttribute('href')).toBe(`/docs/${keys}`);
    expect(banner.querySelector('a')!.text).toBe('Read this page in the current version (2.x)');
    expect(readPage(`/docs/${keys}`).querySelector('.version-banner')).toBeNull();
  });

  it('keeps old pages from search engines: canonical at the current page, noindex, not in the sitemap', () => {
    const old = readPage(`/docs/1.x/${keys}`);
    expect(attr(old, 'link[rel="canonical"]', 'href')).toBe(`https://docs.example.com/docs/${keys}`);
    expect(attr(old, 'meta[name="robots"]', 'content')).toBe('noindex');
    expect(attr(readPage(`/docs/${keys}`), 'meta[name="robots"]', 'content')).toBeUndefined();
    const sitemap = dist('sitemap-0.xml');
    expect(sitemap).not.toContain('/docs/1.x/');
    expect(sitemap).toContain(`<loc>https://docs.example.com/docs/${keys}</loc>`);
    // llms.txt lists the current version.
    expect(dist('llms.txt')).not.toContain('/docs/1.x/');
  });

  it('offers every version in the picker: the same page where it exists, else the version’s home, saying so', () => {
    const links = (path: string) =>
      readPage(path)
        .querySelectorAll('.version-picker a')
        .map((a) => [a.childNodes[0]!.text.trim(), a.getAttribute('href'), a.getAttribute('aria-current') ?? null, a.querySelector('.picker-note')?.text ?? null]);
    expect(links(`/docs/${keys}`)).toEqual([
      ['2.x', `/docs/${keys}`, 'page', null],
      ['1.x', `/docs/1.x/${keys}`, null, null],
    ]);
    expect(links('/docs/contributing/performance/')).toEqual([
      ['2.x', '/docs/contributing/performance/', 'page', null],
      ['1.x', '/docs/1.x/', null, 'not in this version: its home'],
    ]);
  });

  it('indexes every version for search, each page filtered by its version', () => {
    const fragments = readdirSync(join(ROOT, 'dist/pagefind/fragment')).map(
      (file) => JSON.parse(gunzipSync(readFileSync(join(ROOT, 'dist/pagefind/fragment', file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; filters: Record<string, string[]> },
    );
    const byUrl = new Map(fragments.map((f) => [f.url, f]));
    expect(byUrl.get(`/docs/1.x/${keys}`)?.filters.version).toEqual(['1.x']);
    expect(byUrl.get(`/docs/${keys}`)?.filters.version).toEqual(['current']);
  });
});
