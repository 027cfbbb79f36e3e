import { describe, expect, it } from 'vitest';
import { buildRoutes } from './routes.ts';

describe('buildRoutes', () => {
  it('pairs entries with their slugs', () => {
    expect(buildRoutes([{ id: 'index' }, { id: 'a/b/index' }]).map((r) => r.slug)).toEqual(['', 'a/b']);
  });
  it('gives a URL two pages would share to the first by path, and leaves the other out (the checks report both)', () => {
    const routes = buildRoutes([{ id: 'a/b/index' }, { id: 'c' }, { id: 'a/b' }]);
    expect(routes.map((r) => [r.slug, r.entry.id])).toEqual([
      ['c', 'c'],
      ['a/b', 'a/b'],
    ]);
  });
});
