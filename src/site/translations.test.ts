import { describe, expect, it } from 'vitest';
import { languageBase, languageRoutes, translatedUrl } from './translations';

describe('languageRoutes', () => {
  const routes = [
    { slug: '', entry: { id: 'index' } },
    { slug: 'a', entry: { id: 'a' } },
    { slug: 'b/c', entry: { id: 'b/c' } },
  ];

  it('keeps the default order, taking each translation and falling back to the default page', () => {
    const fr = new Map([['b/c', { id: 'fr:b/c' }], ['orphan', { id: 'fr:orphan' }]]);
    expect(languageRoutes(routes, (e) => e.id, fr)).toEqual([
      { slug: '', entry: { id: 'index' }, fallback: true },
      { slug: 'a', entry: { id: 'a' }, fallback: true },
      { slug: 'b/c', entry: { id: 'fr:b/c' }, fallback: false },
    ]);
  });
});

describe('language paths', () => {
  it('puts a translated language under its tag, after the base path', () => {
    expect(languageBase('/', 'fr')).toBe('/fr/');
    expect(languageBase('/site', 'pt-BR')).toBe('/site/pt-BR/');
    expect(languageBase('/site/')).toBe('/site/');
    expect(translatedUrl('/docs/a/', 'fr')).toBe('/fr/docs/a/');
  });
});
