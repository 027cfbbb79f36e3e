import Markdoc from '@markdoc/markdoc';
import { describe, expect, it } from 'vitest';
import { collectHeadings, rawHtml, textContent, toRenderNodes } from './render-tree.ts';

const { Tag } = Markdoc;
const callout = { path: './src/components/content/Callout.astro', type: 'local' };

describe('toRenderNodes', () => {
  it('renders plain subtrees to one escaped HTML string', () => {
    expect(toRenderNodes(new Tag('p', { title: 'a"b' }, ['x < y', new Tag('br', {}, [])]))).toEqual([
      '<p title="a&quot;b">x &lt; y<br></p>',
    ]);
  });
  it('leaves component tags as nodes between HTML strings', () => {
    const tree = [new Tag('p', {}, ['a']), new Tag(callout as unknown as string, { type: 'tip' }, [new Tag('p', {}, ['b'])]), 'c'];
    expect(toRenderNodes(tree)).toEqual([
      '<p>a</p>',
      { component: './src/components/content/Callout.astro', props: { type: 'tip' }, children: ['<p>b</p>'] },
      'c',
    ]);
  });
  it('passes trusted HTML through and skips empty attributes', () => {
    expect(toRenderNodes([rawHtml('<b>ok</b>'), new Tag('a', { href: '#x', hidden: true, title: undefined, x: false }, [])])).toEqual([
      '<b>ok</b><a href="#x" hidden></a>',
    ]);
  });
  it('renders nameless tags as their children', () => {
    expect(toRenderNodes(new Tag('', {}, [new Tag('p', {}, ['a'])]))).toEqual(['<p>a</p>']);
  });
});

describe('textContent and collectHeadings', () => {
  it('collects headings with ids in document order', () => {
    const tree = new Tag(undefined, {}, [
      new Tag('h2', { id: 'a' }, ['A ', new Tag('code', {}, ['x'])]),
      new Tag('div', {}, [new Tag('h3', { id: 'b' }, ['B'])]),
      new Tag('h2', {}, ['no id']),
    ]);
    expect(collectHeadings(tree)).toEqual([
      { depth: 2, slug: 'a', text: 'A x' },
      { depth: 3, slug: 'b', text: 'B' },
    ]);
  });
  it('leaves out text marked data-toc-ignore', () => {
    expect(textContent(['a', new Tag('span', { 'data-toc-ignore': '' }, ['b'])])).toBe('a');
  });
});
