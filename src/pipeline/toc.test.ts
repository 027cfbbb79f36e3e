import { describe, expect, it } from 'vitest';
import { buildToc } from './toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('buildToc', () => {
  it('nests h3 under the preceding h2', () => {
    expect(buildToc([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')])).toEqual([
      { ...h(2, 'a'), children: [{ ...h(3, 'a1'), children: [] }, { ...h(3, 'a2'), children: [] }] },
      { ...h(2, 'b'), children: [] },
    ]);
  });
  it('leaves out headings outside the depth range', () => {
    expect(buildToc([h(1, 'title'), h(2, 'a'), h(4, 'deep')])).toEqual([{ ...h(2, 'a'), children: [] }]);
  });
  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([h(3, 'x'), h(2, 'a')])).toEqual([
      { ...h(3, 'x'), children: [] },
      { ...h(2, 'a'), children: [] },
    ]);
  });
  it('honours custom depths', () => {
    expect(buildToc([h(2, 'a'), h(3, 'b'), h(4, 'c')], { minDepth: 2, maxDepth: 4 })[0]!.children[0]!.children).toEqual([
      { ...h(4, 'c'), children: [] },
    ]);
  });
  it('returns nothing for a page without headings', () => {
    expect(buildToc([])).toEqual([]);
  });
});
