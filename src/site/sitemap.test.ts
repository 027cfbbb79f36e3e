import { describe, expect, it } from 'vitest';
import { filterSitemap, isNoindex } from './sitemap';

describe('filterSitemap', () => {
  it('drops the entries the predicate rejects and keeps the rest as they are', () => {
    const xml = '<urlset><url><loc>https://x/docs/a/</loc></url><url><loc>https://x/docs/old/</loc></url></urlset>';
    expect(filterSitemap(xml, (loc) => !loc.endsWith('/old/'))).toBe('<urlset><url><loc>https://x/docs/a/</loc></url></urlset>');
  });
});

describe('isNoindex', () => {
  it('recognises pages that ask not to be indexed', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindex('<head><meta name="description" content="noindex is a word"></head>')).toBe(false);
  });
});
