import { describe, expect, it } from 'vitest';
import type { PageFacts } from './check-page.ts';
import { checkRoutes } from './check-routes.ts';

const page = (file: string, url: string, redirectFrom: PageFacts['redirectFrom'] = []): PageFacts => ({ file, url, anchors: [], anchorPlaces: {}, links: [], images: [], redirectFrom, includes: [] });

describe('checkRoutes', () => {
  it('reports two pages at one URL at each of them, naming the other', () => {
    const found = checkRoutes([page('docs/a/b.mdoc', '/docs/a/b/'), page('docs/a/b/index.mdoc', '/docs/a/b/'), page('docs/c.mdoc', '/docs/c/')]);
    expect(found).toEqual([
      { file: 'docs/a/b.mdoc', line: 1, column: 1, level: 'error', id: 'page-url-taken', message: 'This page and docs/a/b/index.mdoc would both be published at /docs/a/b/.', hint: expect.stringContaining('Rename or remove one of them') },
      { file: 'docs/a/b/index.mdoc', line: 1, column: 1, level: 'error', id: 'page-url-taken', message: 'This page and docs/a/b.mdoc would both be published at /docs/a/b/.', hint: expect.stringContaining('Rename or remove one of them') },
    ]);
  });
  it('reports an old address that is a live page, or claimed twice, where redirectFrom lists it', () => {
    const found = checkRoutes([
      page('docs/a.mdoc', '/docs/a/', [{ href: '/docs/b', line: 4, column: 5 }]),
      page('docs/b.mdoc', '/docs/b/', [{ href: '/docs/old/', line: 4, column: 5 }]),
      page('docs/c.mdoc', '/docs/c/', [{ href: '/docs/old', line: 5, column: 7 }]),
    ]);
    expect(found.map((d) => [d.file, d.line, d.column, d.id, d.message])).toEqual([
      ['docs/a.mdoc', 4, 5, 'redirect-url-taken', 'redirectFrom "/docs/b" is the address of docs/b.mdoc, which exists.'],
      ['docs/c.mdoc', 5, 7, 'redirect-url-taken', 'redirectFrom "/docs/old" is also claimed by docs/b.mdoc.'],
    ]);
  });
  it('finds nothing wrong in distinct addresses, or a page listing one old address twice', () => {
    expect(checkRoutes([page('docs/a.mdoc', '/docs/a/', [{ href: '/x', line: 4, column: 5 }, { href: '/x/', line: 5, column: 5 }]), page('docs/b.mdoc', '/docs/b/')])).toEqual([]);
  });
});
