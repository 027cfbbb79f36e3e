import { describe, expect, it } from 'vitest';
import { buildRoutes } from './routes';

describe('buildRoutes', () => {
  it('pairs entries with their slugs', () => {
    expect(buildRoutes([{ id: 'index' }, { id: 'a/b/index' }]).map((r) => r.slug)).toEqual(['', 'a/b']);
  });
  it('names both files when two pages would share a URL', () => {
    expect(() =>
      buildRoutes([
        { id: 'a/b', filePath: 'content/docs/a/b.mdoc' },
        { id: 'a/b/index', filePath: 'content/docs/a/b/index.mdoc' },
      ]),
    ).toThrow(
      'Two pages would be published at the same URL:\n  /docs/a/b/ comes from content/docs/a/b.mdoc and content/docs/a/b/index.mdoc\nRename or remove one of each pair.',
    );
  });
});
