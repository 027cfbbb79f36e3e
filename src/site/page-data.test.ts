import { describe, expect, it } from 'vitest';
import { siteConfig } from '../site.config.ts';
import { buildEditUrl, buildPageData, formatLastUpdated, type PageLanguage, type PageVersion } from './page-data.ts';
import { buildSidebar } from './sidebar.ts';
import { uiStringsFor } from './ui-strings.ts';

describe('buildEditUrl', () => {
  it('fills the pattern with the file path, encoding each segment', () => {
    expect(buildEditUrl('https://x/edit/main/{path}', 'content/docs/a b.mdoc')).toBe('https://x/edit/main/content/docs/a%20b.mdoc');
  });
  it('gives nothing without a pattern or a path', () => {
    expect(buildEditUrl(undefined, 'a')).toBeUndefined();
    expect(buildEditUrl('x/{path}', undefined)).toBeUndefined();
  });
});

describe('buildPageData', () => {
  const sidebar = buildSidebar([
    { slug: '', title: 'Home' },
    { slug: 'a/one', title: 'One' },
    { slug: 'a/two', title: 'Two' },
  ]);
  const data = buildPageData({
    site: { ...siteConfig, title: 'Site', url: 'https://docs.example.com', editUrl: 'https://git/{path}' },
    base: '/docs-site/',
    slug: 'a/two',
    title: 'Two',
    description: 'About two.',
    headings: [{ depth: 2, slug: 'x', text: 'X' }],
    sidebar,
    pageCount: 3,
    filePath: 'content/docs/a/two.mdoc',
  });
  it('builds the title, description and canonical URL under the base', () => {
    expect(data.head.slice(0, 3)).toEqual([
      { tag: 'title', attrs: {}, content: 'Two — Site' },
      { tag: 'meta', attrs: { name: 'description', content: 'About two.' } },
      { tag: 'link', attrs: { rel: 'canonical', href: 'https://docs.example.com/docs-site/docs/a/two/' } },
    ]);
  });
  it('links previous page, breadcrumbs and edit URL under the base', () => {
    expect(data.footer).toEqual({
      editUrl: 'https://git/content/docs/a/two.mdoc',
      lastUpdated: undefined,
      prev: { label: 'One', href: '/docs-site/docs/a/one/' },
      next: undefined,
    });
    expect(data.breadcrumbs).toEqual([{ label: 'A', href: '/docs-site/docs/a/one/' }]);
    expect(data.homeHref).toBe('/docs-site/docs/');
  });
  it('gives the not-found page no canonical URL, og:url or Markdown copy: it is served at any missing URL', () => {
    const notFound = buildPageData({ site: siteConfig, base: '/', slug: '404', title: 'Page not found', headings: [], sidebar, pageCount: 3, notFound: true });
    const links = notFound.head.filter((t) => t.tag === 'link').map((t) => t.attrs.rel);
    expect(links).toEqual(['icon']);
    expect(notFound.head.some((t) => t.attrs.property === 'og:url')).toBe(false);
    expect(data.head.some((t) => t.attrs.property === 'og:url' && t.attrs.content === 'https://docs.example.com/docs-site/docs/a/two/')).toBe(true);
  });
  it('builds the TOC from the headings', () => {
    expect(data.toc).toEqual([{ depth: 2, slug: 'x', text: 'X', children: [] }]);
  });
});

describe('formatLastUpdated', () => {
  it('formats the date in the site language, in UTC', () => {
    expect(formatLastUpdated('2026-03-04T23:30:00-02:00', 'en')).toEqual({ iso: '2026-03-05T01:30:00.000Z', text: 'March 5, 2026' });
  });
  it('gives nothing without a valid date', () => {
    expect(formatLastUpdated(undefined, 'en')).toBeUndefined();
    expect(formatLastUpdated('not a date', 'en')).toBeUndefined();
  });
});

describe('buildPageData in a site of several languages', () => {
  const sidebar = buildSidebar([
    { slug: '', title: 'Home' },
    { slug: 'a/one', title: 'One' },
  ]);
  const en = { tag: 'en', label: 'English', dir: 'ltr' as const, pagesBase: '/base/' };
  const fr = { tag: 'fr', label: 'Français', dir: 'ltr' as const, pagesBase: '/base/fr/' };
  const ar = { tag: 'ar', label: 'العربية', dir: 'rtl' as const, pagesBase: '/base/ar/' };
  const page = (current: PageLanguage, fallback: boolean) =>
    buildPageData({
      site: { ...siteConfig, url: 'https://docs.example.com' },
      base: '/base/',
      slug: 'a/one',
      title: 'One',
      headings: [],
      sidebar,
      pageCount: 2,
      languages: {
        current: { ...current, strings: uiStringsFor(current.tag).strings },
        all: [
          { ...en, translated: true },
          { ...ar, translated: false },
          { ...fr, translated: true },
        ],
        ...(fallback ? { fallbackFrom: en } : {}),
      },
    });

  it('links the page in every language, under the language’s base, the current one marked', () => {
    const data = page(fr, false);
    expect(data.lang).toBe('fr');
    expect(data.picker).toEqual({
      label: 'Français',
      links: [
        { label: 'English', lang: 'en', href: '/base/docs/a/one/', current: false },
        { label: 'العربية', lang: 'ar', href: '/base/ar/docs/a/one/', current: false },
        { label: 'Français', lang: 'fr', href: '/base/fr/docs/a/one/', current: true },
      ],
    });
    expect(data.nav.flatMap((i) => (i.type === 'link' ? [i.href] : i.items.map((j) => ('href' in j ? j.href : ''))))).toEqual(['/base/fr/docs/', '/base/fr/docs/a/one/']);
    expect(data.homeHref).toBe('/base/fr/docs/');
    // Site files stay under the site's base.
    expect(data.themeInit).toBe('/base/theme-init.js');
  });

  it('names the translations, and only them, as alternates, with x-default', () => {
    const links = page(fr, false).head.filter((t) => t.attrs.hreflang).map((t) => [t.attrs.hreflang, t.attrs.href]);
    expect(links).toEqual([
      ['en', 'https://docs.example.com/base/docs/a/one/'],
      ['fr', 'https://docs.example.com/base/fr/docs/a/one/'],
      ['x-default', 'https://docs.example.com/base/docs/a/one/'],
    ]);
    expect(page(fr, false).head.find((t) => t.attrs.rel === 'canonical')?.attrs.href).toBe('https://docs.example.com/base/fr/docs/a/one/');
  });

  it('marks a page not translated yet: notice in the reader’s language, canonical at the original, no alternates', () => {
    const data = page(ar, true);
    expect(data.dir).toBe('rtl');
    expect(data.fallback).toEqual({ text: 'لم تُترجم هذه الصفحة بعد.', linkText: 'اقرأها باللغة الإنجليزية', href: '/base/docs/a/one/', lang: 'en', dir: 'ltr' });
    expect(data.head.find((t) => t.attrs.rel === 'canonical')?.attrs.href).toBe('https://docs.example.com/base/docs/a/one/');
    expect(data.head.filter((t) => t.attrs.hreflang)).toEqual([]);
    expect(page(fr, true).fallback?.linkText).toBe('La lire en anglais');
  });
});

describe('buildPageData in a site of several versions', () => {
  const sidebar = buildSidebar([
    { slug: '', title: 'Home' },
    { slug: 'a/one', title: 'One' },
  ]);
  const en = { tag: 'en', label: 'English', dir: 'ltr' as const, pagesBase: '/' };
  const page = (version: PageVersion, all: (PageVersion & { has: boolean })[], indexOld = false) =>
    buildPageData({
      site: { ...siteConfig, url: 'https://docs.example.com' },
      base: '/',
      slug: 'a/one',
      title: 'One',
      headings: [],
      sidebar,
      pageCount: 2,
      languages: { current: { ...en, strings: uiStringsFor('en').strings }, all: [{ ...en, translated: true }] },
      versions: { current: version, all, indexOld },
    });
  const current = { label: '2.x', status: 'current' as const };
  const old = { name: '1.x', label: '1.x', status: 'supported' as const };
  const gone = { name: '0.9', label: '0.9', status: 'unsupported' as const };

  it('links the page in each version that has it, else that version’s home, marked missing', () => {
    const data = page(current, [{ ...current, has: true }, { ...old, has: true }, { ...gone, has: false }]);
    expect(data.versionPicker).toEqual({
      label: '2.x',
      links: [
        { label: '2.x', href: '/docs/a/one/', current: true, missing: false },
        { label: '1.x', href: '/docs/1.x/a/one/', current: false, missing: false },
        { label: '0.9', href: '/docs/0.9/', current: false, missing: true },
      ],
    });
    expect(data.versionBanner).toBeUndefined();
    expect(data.robots).toBeUndefined();
    expect(data.searchVersion).toBe('current');
  });

  it('puts an old page under its version, with a banner, canonical at the current page, noindex', () => {
    const data = page(old, [{ ...current, has: true }, { ...old, has: true }]);
    expect(data.homeHref).toBe('/docs/1.x/');
    expect(data.nav.flatMap((i) => (i.type === 'link' ? [i.href] : i.items.map((j) => ('href' in j ? j.href : ''))))).toEqual(['/docs/1.x/', '/docs/1.x/a/one/']);
    expect(data.versionBanner).toEqual({ text: 'You are reading the docs for 1.x.', linkText: 'Read this page in the current version (2.x)', href: '/docs/a/one/' });
    expect(data.head.find((t) => t.attrs.rel === 'canonical')?.attrs.href).toBe('https://docs.example.com/docs/a/one/');
    expect(data.robots).toBe('noindex');
    expect(data.searchVersion).toBe('1.x');
    expect(page(old, [{ ...current, has: true }, { ...old, has: true }], true).robots).toBeUndefined();
  });

  it('sends readers of a page the current version lost to its home, and says when a version is unsupported', () => {
    const data = page(gone, [{ ...current, has: false }, { ...gone, has: true }]);
    expect(data.versionBanner).toEqual({ text: 'You are reading the docs for 0.9.', unsupported: 'This version is no longer supported.', linkText: 'Go to the current version (2.x)', href: '/docs/' });
    expect(data.head.find((t) => t.attrs.rel === 'canonical')?.attrs.href).toBe('https://docs.example.com/docs/0.9/a/one/');
  });
});
