import { describe, expect, it } from 'vitest';
import { checkSettings, isPlaceholderUrl } from './check-settings.ts';

const SOURCE = `export interface SiteConfig {
  title: string;
  url: string;
}
export const siteConfig: SiteConfig = {
  title: 'Platform Docs',
  description: 'Guides.',
  url: 'https://docs.example.com',
  lang: 'en',
  repository: 'https://github.com/example/docs',
  editUrl: 'https://github.com/example/docs/edit/main/{path}',
};
`;

describe('isPlaceholderUrl', () => {
  it('knows the reserved example names and example owners on code hosts', () => {
    for (const url of ['https://docs.example.com', 'https://example.org/docs', 'http://localhost:4321', 'https://site.test', 'https://github.com/example/docs', 'https://gitlab.com/your-org/docs/-/edit/main/{path}']) {
      expect(isPlaceholderUrl(url), url).toBe(true);
    }
  });
  it('takes real addresses as they are', () => {
    for (const url of ['https://docs.acme.com', 'https://acme.github.io', 'https://github.com/acme/docs', 'https://examples.dev', 'https://notexample.com', 'not a url']) {
      expect(isPlaceholderUrl(url), url).toBe(false);
    }
  });
});

describe('checkSettings', () => {
  it('reports each placeholder at its setting, with what it breaks and the fix', () => {
    const found = checkSettings(
      { title: 'Platform Docs', url: 'https://docs.example.com', repository: 'https://github.com/example/docs', editUrl: 'https://github.com/example/docs/edit/main/{path}' },
      SOURCE,
      'src/site.config.ts',
    );
    expect(found.map((d) => [d.line, d.column, d.id, d.level])).toEqual([
      [6, 10, 'setting-placeholder', 'warning'],
      [8, 8, 'setting-placeholder', 'warning'],
      [10, 15, 'setting-placeholder', 'warning'],
      [11, 12, 'setting-placeholder', 'warning'],
    ]);
    expect(found[1]).toMatchObject({
      file: 'src/site.config.ts',
      message: '`url` is still the template\'s "https://docs.example.com": canonical links, the sitemap, robots.txt and llms.txt point to that address.',
    });
    expect(found[1]!.hint).toContain('Set `url` to the address the site is published at');
  });

  it('says nothing of a site that has its own settings, or leaves the optional ones out', () => {
    expect(checkSettings({ title: 'Acme Docs', url: 'https://docs.acme.com', repository: 'https://github.com/acme/docs', editUrl: 'https://github.com/acme/docs/edit/main/{path}' }, SOURCE, 'x')).toEqual([]);
    expect(checkSettings({ title: 'Acme Docs', url: 'https://docs.acme.com' }, SOURCE, 'x')).toEqual([]);
  });

  it('refuses head tags and policy sources the Content-Security-Policy cannot allow, at the tag', () => {
    const source = `export const siteConfig = {
  head: [
    { tag: 'script', attrs: { src: 'javascript:alert(1)' } },
  ],
  csp: { 'script-src': ["'unsafe-inline'"] },
};
`;
    const found = checkSettings(
      { title: 'Acme', url: 'https://docs.acme.com', head: [{ tag: 'script', attrs: { src: 'javascript:alert(1)' } }], csp: { 'script-src': ["'unsafe-inline'"] } },
      source,
      'src/site.config.ts',
    );
    expect(found.map((d) => [d.line, d.column, d.id, d.level, d.message])).toEqual([
      [3, 37, 'setting-invalid', 'error', '`head`: src "javascript:alert(1)" is not an address a page may load.'],
      [5, 25, 'setting-invalid', 'error', "`csp`: \"'unsafe-inline'\" in script-src is not an origin: keywords such as 'unsafe-inline', schemes alone and wildcards would let injected code run."],
    ]);
    expect(found[0]!.hint).toBe('Use an https:// address, or a path of the site such as /fonts/inter.css.');
  });

  it('points at the first line when a setting is computed elsewhere', () => {
    const [found] = checkSettings({ title: 'Acme', url: 'https://docs.example.com' }, 'export const siteConfig = make();\n', 'x');
    expect([found!.line, found!.column]).toEqual([1, 1]);
  });
});
