import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, ROOT } from './helpers.ts';

/** The bundled site ships a French translation (the docs home and the API keys page) and an Arabic one (the API keys page). */
describe('a site in three languages', () => {
  const keys = 'advanced/platform/api-keys/';
  const attr = (page: ReturnType<typeof readPage>, selector: string, name: string) => page.querySelector(selector)?.getAttribute(name);

  it('publishes a translation at /<tag>/docs/, in its language and direction, with the source’s anchors', () => {
    const fr = readPage(`/fr/docs/${keys}`);
    expect(attr(fr, 'html', 'lang')).toBe('fr');
    expect(attr(fr, 'html', 'dir')).toBe('ltr');
    expect(fr.querySelector('h1')!.text).toBe('Clés d’API');
    expect(fr.querySelector('h2#scopes')!.text).toBe('Portées');
    expect(fr.querySelector('h2#create-api-key')).not.toBeNull();
    const ar = readPage(`/ar/docs/${keys}`);
    expect(attr(ar, 'html', 'lang')).toBe('ar');
    expect(attr(ar, 'html', 'dir')).toBe('rtl');
    expect(ar.querySelector('h2#scopes')!.text).toBe('النطاقات');
  });

  it('shows the chrome in the page’s language, the compiled body’s labels included', () => {
    const fr = readPage(`/fr/docs/${keys}`);
    expect(fr.querySelector('.skip-link')!.text).toBe('Aller au contenu');
    expect(fr.querySelector('.toc-heading')!.text).toBe('Sur cette page');
    expect(fr.querySelector('.search-label')!.text).toBe('Rechercher');
    expect(attr(fr, '#site-nav', 'aria-label')).toBe('Documentation');
    expect(fr.querySelector('.page-meta a')!.text).toBe('Modifier cette page');
    expect(fr.querySelector('#scopes + .anchor-link .sr-only')!.text).toBe('Section « Portées »');
    expect(JSON.parse(attr(fr, 'meta[name="ui-strings"]', 'content')!).copied).toBe('Copié !');
    const ar = readPage(`/ar/docs/${keys}`);
    expect(ar.querySelector('.code-block .copy-label')!.text).toBe('انسخ');
    expect(ar.querySelector('.code-block .copy-button .sr-only')!.text.trim()).toBe('شيفرة Shell');
    // The default language keeps its English chrome.
    expect(readPage(`/docs/${keys}`).querySelector('.toc-heading')!.text).toBe('On this page');
  });

  it('links every page of a language within it, in the default language’s order', () => {
    const fr = readPage(`/fr/docs/${keys}`);
    const hrefs = (page: ReturnType<typeof readPage>) => page.querySelectorAll('#site-nav a').map((a) => a.getAttribute('href'));
    const en = hrefs(readPage(`/docs/${keys}`));
    expect(hrefs(fr)).toEqual(en.map((href) => `/fr${href}`));
    // Translated pages are named by their translation, the others by the default language's names.
    const labels = fr.querySelectorAll('#site-nav a').map((a) => a.text.trim());
    expect(labels).toContain('Clés d’API');
    expect(labels).toContain('Vue d’ensemble');
    expect(labels).toContain('Server SDKs');
  });

  it('offers every language in the picker, each at the same page, the current one marked', () => {
    const fr = readPage(`/fr/docs/${keys}`);
    const links = fr.querySelectorAll('.language-picker a').map((a) => [a.text.trim(), a.getAttribute('href'), a.getAttribute('lang'), a.getAttribute('aria-current') ?? null]);
    expect(links).toEqual([
      ['English', `/docs/${keys}`, 'en', null],
      ['العربية', `/ar/docs/${keys}`, 'ar', null],
      ['Français', `/fr/docs/${keys}`, 'fr', 'page'],
    ]);
    expect(fr.querySelector('.language-picker summary')!.text.replace(/\s+/g, ' ').trim()).toBe('Langue: Français');
  });

  it('names each translation in the head: hreflang alternates with x-default, its own canonical, its locale', () => {
    const fr = readPage(`/fr/docs/${keys}`);
    const alternates = fr.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    expect(alternates).toEqual([
      ['en', `https://docs.example.com/docs/${keys}`],
      ['ar', `https://docs.example.com/ar/docs/${keys}`],
      ['fr', `https://docs.example.com/fr/docs/${keys}`],
      ['x-default', `https://docs.example.com/docs/${keys}`],
    ]);
    expect(attr(fr, 'link[rel="canonical"]', 'href')).toBe(`https://docs.example.com/fr/docs/${keys}`);
    expect(attr(fr, 'meta[property="og:locale"]', 'content')).toBe('fr');
    // A page with one translation (the docs home in French) lists the two it has.
    expect(readPage('/fr/docs/').querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'))).toEqual(['en', 'fr', 'x-default']);
  });

  it('publishes a page not translated yet in each language: the original content, marked, under a notice in the reader’s language', () => {
    const page = readPage('/fr/docs/sdks/server/');
    expect(attr(page, 'html', 'lang')).toBe('fr');
    const notice = page.querySelector('.fallback-notice')!;
    expect(notice.text).toContain('Cette page n’est pas encore traduite.');
    expect(attr(page, '.fallback-notice a', 'href')).toBe('/docs/sdks/server/');
    expect(page.querySelector('.fallback-notice a')!.text.trim()).toBe('La lire en anglais');
    expect(attr(page, 'article', 'lang')).toBe('en');
    expect(page.querySelector('article h1')!.text).toBe('Server SDKs');
    // It is the default language's page for search engines: canonical there, no alternates.
    expect(attr(page, 'link[rel="canonical"]', 'href')).toBe('https://docs.example.com/docs/sdks/server/');
    expect(page.querySelectorAll('link[rel="alternate"][hreflang]')).toHaveLength(0);
    const ar = readPage('/ar/docs/sdks/server/');
    expect(attr(ar, 'html', 'dir')).toBe('rtl');
    expect(attr(ar, 'article', 'dir')).toBe('ltr');
    expect(ar.querySelector('.fallback-notice')!.text).toContain('لم تُترجم هذه الصفحة بعد.');
  });

  it('lists translations in the sitemap with their alternates, and leaves pages not translated out', () => {
    const sitemap = readFileSync(join(ROOT, 'dist/sitemap-0.xml'), 'utf8');
    const entry = sitemap.match(new RegExp(`<url><loc>https://docs.example.com/fr/docs/${keys}</loc>.*?</url>`))![0];
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="https://docs.example.com/docs/${keys}"/>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="ar" href="https://docs.example.com/ar/docs/${keys}"/>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="https://docs.example.com/docs/${keys}"/>`);
    expect(sitemap).not.toContain('<loc>https://docs.example.com/fr/docs/sdks/server/</loc>');
    expect(sitemap).toContain('<loc>https://docs.example.com/docs/sdks/server/</loc>');
  });
});
