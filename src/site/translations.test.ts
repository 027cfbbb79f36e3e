import { describe, expect, it } from 'vitest';
import { languageRoutes } from './translations.ts';

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
