import { describe, expect, it } from 'vitest';
import { findSlugCollisions, idToSlug, isPagePath, pagePathToId } from './paths.ts';

describe('page paths', () => {
  it('recognises .mdoc files only', () => {
    expect(isPagePath('a/b.mdoc')).toBe(true);
    expect(isPagePath('a/b.md')).toBe(false);
    expect(isPagePath('a/image.png')).toBe(false);
  });
  it('turns a file path into an id without extension, with forward slashes', () => {
    expect(pagePathToId('advanced/platform/api-keys.mdoc')).toBe('advanced/platform/api-keys');
    expect(pagePathToId('guides\\setup.mdoc')).toBe('guides/setup');
  });
  it('gives a/b and a/b/index the same slug, and the root index the empty slug', () => {
    expect(idToSlug('a/b')).toBe('a/b');
    expect(idToSlug('a/b/index')).toBe('a/b');
    expect(idToSlug('index')).toBe('');
    expect(idToSlug('reindex')).toBe('reindex');
  });
  it('makes folder and file names URL-safe', () => {
    expect(idToSlug('Getting Started/My page')).toBe('getting-started/my-page');
    expect(idToSlug('guides/Über uns/index')).toBe('guides/über-uns');
  });
  it('finds pages published at the same URL', () => {
    expect(findSlugCollisions(['a/b', 'a/b/index', 'c', 'index'])).toEqual([{ slug: 'a/b', ids: ['a/b', 'a/b/index'] }]);
    expect(findSlugCollisions(['My page', 'my-page'])).toEqual([{ slug: 'my-page', ids: ['My page', 'my-page'] }]);
    expect(findSlugCollisions(['a', 'b'])).toEqual([]);
  });
});
