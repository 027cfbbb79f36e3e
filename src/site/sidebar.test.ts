import { describe, expect, it } from 'vitest';
import { buildBreadcrumbs, buildSidebar, findPrevNext, flattenSidebar, labelFromFolder, sidebarForPage, translateSidebar, type SidebarPage } from './sidebar.ts';

const pages: SidebarPage[] = [
  { slug: '', title: 'Home', label: 'Overview' },
  { slug: 'guides', title: 'Guides index', label: 'Guides', order: 1 },
  { slug: 'guides/setup', title: 'Setup', order: 2 },
  { slug: 'guides/advanced', title: 'Advanced use', order: 1 },
  { slug: 'guides/zeta', title: 'Zeta' },
  { slug: 'guides/alpha', title: 'Alpha' },
  { slug: 'guides/secret', title: 'Secret', hidden: true },
  { slug: 'reference/api', title: 'API' },
  { slug: 'reference/cli', title: 'CLI' },
  { slug: 'single', title: 'Single folder page' },
];

describe('labelFromFolder', () => {
  it('turns a folder name into a sentence-case label', () => {
    expect(labelFromFolder('getting-started')).toBe('Getting started');
    expect(labelFromFolder('api_reference')).toBe('Api reference');
  });
});

describe('buildSidebar', () => {
  const tree = buildSidebar(pages);
  it('puts the docs home first, then orders by sidebar.order, then label', () => {
    expect(tree.map((i) => i.label)).toEqual(['Overview', 'Guides', 'Reference', 'Single folder page']);
  });
  it('names the index link "Overview", keeping the page name for previous/next links', () => {
    const guides = tree[1]!;
    expect(guides.type === 'group' && guides.items[0]).toEqual({ type: 'link', label: 'Overview', slug: 'guides', title: 'Guides' });
  });
  it('takes a group label and order from its index page, which becomes its first link', () => {
    const guides = tree[1]!;
    expect(guides).toMatchObject({ type: 'group', label: 'Guides', path: 'guides', order: 1 });
    expect(guides.type === 'group' && guides.items.map((i) => i.label)).toEqual([
      'Overview',
      'Advanced use',
      'Setup',
      'Alpha',
      'Zeta',
    ]);
  });
  it('leaves hidden pages out', () => {
    expect(flattenSidebar(tree).map((l) => l.slug)).not.toContain('guides/secret');
  });
  it('names a folder without index page after the folder', () => {
    expect(tree[2]).toMatchObject({ type: 'group', label: 'Reference', path: 'reference' });
  });
  it('shows a folder holding only its index page as a link', () => {
    const tree2 = buildSidebar([{ slug: 'a/b', title: 'B' }, { slug: 'a/b/c', title: 'C', hidden: true }]);
    expect(tree2).toEqual([{ type: 'group', label: 'A', path: 'a', items: [{ type: 'link', label: 'B', slug: 'a/b' }] }]);
  });
  it('nests groups by folder', () => {
    const tree3 = buildSidebar([{ slug: 'a/b/c', title: 'C' }]);
    expect(tree3).toEqual([
      { type: 'group', label: 'A', path: 'a', items: [{ type: 'group', label: 'B', path: 'a/b', items: [{ type: 'link', label: 'C', slug: 'a/b/c' }] }] },
    ]);
  });
});

describe('sidebarForPage', () => {
  const tree = buildSidebar(pages);
  it('shows the current section in full, opens its group and marks the page', () => {
    const nav = sidebarForPage(tree, 'guides/setup');
    const guides = nav[1]!;
    expect(guides.type === 'group' && guides.open).toBe(true);
    expect(guides.type === 'group' && guides.items.filter((i) => i.type === 'link' && i.current).map((i) => i.label)).toEqual(['Setup']);
  });
  it('shows other sections as a link to their first page', () => {
    const nav = sidebarForPage(tree, 'guides/setup');
    expect(nav[2]).toEqual({ type: 'link', label: 'Reference', slug: 'reference/api', current: false });
  });
  it('shows every section in full, closed unless current, when asked', () => {
    const nav = sidebarForPage(tree, 'guides/setup', { full: true });
    expect(nav[2]).toMatchObject({ type: 'group', label: 'Reference', open: false });
  });
  it('does not grow with the pages of other sections', () => {
    const big = buildSidebar([
      ...pages,
      ...Array.from({ length: 500 }, (_, i) => ({ slug: `reference/p${i}`, title: `P${i}` })),
    ]);
    expect(JSON.stringify(sidebarForPage(big, 'guides/setup'))).toBe(JSON.stringify(sidebarForPage(tree, 'guides/setup')));
  });
});

describe('findPrevNext', () => {
  const tree = buildSidebar(pages);
  it('follows sidebar order across groups', () => {
    expect(findPrevNext(tree, 'guides/zeta')).toEqual({
      prev: { type: 'link', label: 'Alpha', slug: 'guides/alpha' },
      next: { type: 'link', label: 'API', slug: 'reference/api' },
    });
  });
  it('has no previous page for the first page and nothing for unknown pages', () => {
    expect(findPrevNext(tree, '').prev).toBeUndefined();
    expect(findPrevNext(tree, 'nope')).toEqual({});
  });
});

describe('buildBreadcrumbs', () => {
  const tree = buildSidebar(pages);
  it('lists the groups leading to a page, linking each to its first page', () => {
    expect(buildBreadcrumbs(tree, 'reference/cli')).toEqual([{ label: 'Reference', slug: 'reference/api' }]);
  });
  it('does not link a group to the page being viewed', () => {
    expect(buildBreadcrumbs(tree, 'reference/api')).toEqual([{ label: 'Reference' }]);
  });
  it('is empty for top-level pages', () => {
    expect(buildBreadcrumbs(tree, '')).toEqual([]);
  });
});

describe('translateSidebar', () => {
  const tree = buildSidebar([
    { slug: '', title: 'Home' },
    { slug: 'keys', title: 'Keys', order: 2 },
    { slug: 'guides', title: 'Guides' },
    { slug: 'guides/setup', title: 'Setup', order: 1 },
    { slug: 'guides/deploy', title: 'Deploy', order: 2 },
  ]);
  const translated = new Map([
    ['keys', 'Zé clés'],
    ['guides', 'Guides (fr)'],
    ['guides/deploy', 'Déployer'],
  ]);
  type Shape = [string, string, (string | Shape[])?];
  const shape = (items: ReturnType<typeof buildSidebar>): Shape[] =>
    items.map((i): Shape => (i.type === 'link' ? (i.title === undefined ? [i.slug, i.label] : [i.slug, i.label, i.title]) : [i.path, i.label, shape(i.items)]));

  it('keeps the default order and names what is translated, the rest as it was', () => {
    const fr = translateSidebar(tree, (slug) => translated.get(slug), 'Vue d’ensemble');
    // "Zé clés" would sort after "Guides (fr)" by label: the order stays the default language's.
    expect(shape(fr)).toEqual([
      ['', 'Home'],
      ['keys', 'Zé clés'],
      ['guides', 'Guides (fr)', [['guides', 'Vue d’ensemble', 'Guides (fr)'], ['guides/setup', 'Setup'], ['guides/deploy', 'Déployer']]],
    ]);
    expect(shape(tree)[2]).toEqual(['guides', 'Guides', [['guides', 'Overview', 'Guides'], ['guides/setup', 'Setup'], ['guides/deploy', 'Deploy']]]);
  });
});
