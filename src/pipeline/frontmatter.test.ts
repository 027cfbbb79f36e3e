import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkFrontmatter } from './frontmatter.ts';

const check = (raw: string | undefined) =>
  checkFrontmatter('page.mdoc', raw, raw ? (parse(raw) as Record<string, unknown>) ?? {} : {}).map((d) => [d.line, d.column, d.level, d.id, d.message, d.hint]);

describe('checkFrontmatter', () => {
  it('accepts a valid page', () => {
    expect(check('title: API keys\ndescription: Create keys.\nsidebar:\n  order: 2\n')).toEqual([]);
  });
  it('reports a page without frontmatter', () => {
    expect(check(undefined)[0]!.slice(0, 4)).toEqual([1, 1, 'error', 'frontmatter-missing']);
  });
  it('reports a missing title at line 1 of the block', () => {
    expect(check('description: Text.\n')).toEqual([
      [1, 1, 'error', 'frontmatter-field-missing', 'The frontmatter has no `title`, which every page needs.', 'Add a line such as `title: Getting started`.'],
    ]);
  });
  it('locates a wrong type at its value, counting the opening --- line', () => {
    expect(check('title: T\nsidebar:\n  order: first\n')).toEqual([
      [4, 10, 'error', 'frontmatter-value-invalid', '`sidebar.order`: expected number, received string.', 'Use a number, for example `order: 2`.'],
    ]);
  });
  it('warns about unknown keys with a suggestion', () => {
    expect(check('title: T\ndescriptoin: Keys and scopes.\n')).toEqual([
      [3, 1, 'warning', 'frontmatter-key-unknown', 'The frontmatter key `descriptoin` is not one this site reads, so it has no effect.', 'Did you mean `description`?'],
    ]);
  });
  it('leaves keys of other tools alone, and warns about misspelt ones in sidebar too', () => {
    expect(check('title: T\ndifficulty: beginner\nreadtime: 3\ntags: [a]\nlayout: tutorial\n')).toEqual([]);
    expect(check('title: T\nsidebar:\n  oder: 2\n  collapsed: true\n')).toEqual([
      [4, 3, 'warning', 'frontmatter-key-unknown', 'The frontmatter key `sidebar.oder` is not one this site reads, so it has no effect.', 'Did you mean `order`?'],
    ]);
  });
  it('warns about placeholder descriptions at their line', () => {
    expect(check('layout: article\ntitle: API keys\ndescription: Placeholder SEO.\n')).toEqual([
      [4, 14, 'warning', 'description-placeholder', 'The description "Placeholder SEO." is a placeholder: search engines and link previews show it.', 'Write one or two sentences that say what a reader will find on this page.'],
    ]);
    expect(check('title: T\ndescription: TODO\n')[0]![3]).toBe('description-placeholder');
    expect(check('title: T\ndescription: Lorem ipsum dolor sit amet.\n')[0]![3]).toBe('description-placeholder');
  });
});
