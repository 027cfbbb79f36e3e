import { describe, expect, it } from 'vitest';
import { buildRedirects, normalizeRedirectPath } from './redirects.ts';

describe('normalizeRedirectPath', () => {
  it('normalises slashes and drops queries and hashes', () => {
    expect(normalizeRedirectPath('/docs/old')).toBe('/docs/old/');
    expect(normalizeRedirectPath('docs//old/#x')).toBe('/docs/old/');
    expect(normalizeRedirectPath('/')).toBe('/');
  });
});

describe('buildRedirects', () => {
  const page = (slug: string, redirectFrom?: string[]) => ({ slug, url: `/docs/${slug}/`, redirectFrom, file: `${slug}.mdoc` });
  it('maps each old path to its page', () => {
    expect(buildRedirects([page('new', ['/docs/old', '/docs/older/']), page('other')])).toEqual([
      { from: '/docs/old/', to: 'new' },
      { from: '/docs/older/', to: 'new' },
    ]);
  });
  it('leaves out an old path that is a live page, and gives one claimed twice to the first (the checks report both)', () => {
    expect(buildRedirects([page('a', ['/docs/b/']), page('b')])).toEqual([]);
    expect(buildRedirects([page('a', ['/x']), page('b', ['/x/'])])).toEqual([{ from: '/x/', to: 'a' }]);
  });
});
