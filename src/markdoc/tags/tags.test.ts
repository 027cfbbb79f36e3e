import Markdoc from '@markdoc/markdoc';
import { beforeAll, describe, expect, it } from 'vitest';
import { compilePage } from '../../pipeline/compile-page.ts';
import { CodeHighlighter } from '../../pipeline/highlight.ts';
import type { ComponentNode, RenderNode } from '../../pipeline/render-tree.ts';
import { markdocConfig } from '../config.ts';
import { resolveIcon } from '../../pipeline/icons.ts';

let highlighter: CodeHighlighter;
beforeAll(async () => {
  highlighter = await CodeHighlighter.create({ light: 'github-light', dark: 'github-dark' });
});

const compile = (source: string) => compilePage(source, { file: 't.mdoc', config: markdocConfig, highlighter });
const components = (nodes: RenderNode[]): ComponentNode[] =>
  nodes.flatMap((n) => (typeof n === 'string' ? [] : [n, ...components(n.children)]));
const named = (nodes: RenderNode[], name: string) => components(nodes).filter((c) => c.component.endsWith(`/${name}.astro`));
const errors = async (source: string) => (await compile(source)).errors.map((e) => e.error.id);

describe('tags', () => {
  it('section: passes the step and puts its title in a heading with its id', async () => {
    const page = await compile('{% section #setup step=2 title="Set up" %}\nText.\n{% /section %}\n');
    expect(named(page.body, 'Section')[0]!.props).toEqual({ step: 2 });
    expect(page.headings).toEqual([{ depth: 2, slug: 'setup', text: 'Set up' }]);
    expect(await errors('{% section title="No step" %}\nx\n{% /section %}\n')).toEqual(['attribute-missing-required']);
  });

  it('tabs: hands the tab list its titles and ids, and a group id unique on the page', async () => {
    const page = await compile('{% tabs %}\n{% tabsitem #a title="A" %}\n1\n{% /tabsitem %}\n{% tabsitem title="B" %}\n2\n{% /tabsitem %}\n{% /tabs %}\n\n{% tabs %}\n{% tabsitem title="A" %}\n3\n{% /tabsitem %}\n{% /tabs %}\n');
    expect(named(page.body, 'Tabs').map((t) => t.props)).toEqual([
      { items: [{ id: 'a', title: 'A' }, { title: 'B' }], group: 'tabs-1' },
      { items: [{ title: 'A' }], group: 'tabs-2' },
    ]);
    expect(named(page.body, 'TabsItem')[0]!.props).toEqual({ id: 'a', title: 'A' });
    expect(await errors('{% tabs %}\n{% tabsitem %}\nx\n{% /tabsitem %}\n{% /tabs %}\n')).toEqual(['attribute-missing-required']);
  });

  it('callouts: hand the component a known kind, its title (the kind\'s name by default) and its icon, drawn', async () => {
    for (const kind of ['info', 'note', 'tip', 'warning', 'danger']) {
      const page = await compile(`{% ${kind} %}\nText.\n{% /${kind} %}\n`);
      const props = named(page.body, 'Callout')[0]!.props as { type: string; title: string; icon?: { body: string } };
      expect([props.type, props.title], kind).toEqual([kind, kind[0]!.toUpperCase() + kind.slice(1)]);
      expect(props.icon?.body, kind).toContain('stroke="currentColor"');
    }
    const titled = await compile('{% info title="Best practice" #best %}\nText.\n{% /info %}\n');
    expect(named(titled.body, 'Callout')[0]!.props).toMatchObject({ type: 'info', title: 'Best practice', id: 'best' });
  });

  it('multicode: keeps every block but the first out of search', async () => {
    const page = await compile('{% multicode %}\n```js\na\n```\n```python\nb\n```\n{% /multicode %}\n');
    const html = named(page.body, 'Multicode')[0]!.children.join('');
    expect(html.match(/data-pagefind-ignore="all" data-language|<figure class="code-block" data-pagefind-ignore="all"/g)).toHaveLength(1);
  });

  it('cards: pass href, title, icon and image through', async () => {
    const page = await compile('{% cards %}\n{% cards_item href="/docs/a/" title="A" icon="code" %}\nx\n{% /cards_item %}\n{% cards_image_item href="/b/" title="B" light="/l.png" dark="/d.png" %}\ny\n{% /cards_image_item %}\n{% /cards %}\n');
    // The icon reaches the component drawn, from its name.
    expect(named(page.body, 'CardsItem')[0]!.props).toEqual({ href: '/docs/a/', title: 'A', icon: resolveIcon('code') });
    expect(named(page.body, 'CardsImageItem')[0]!.props).toEqual({ href: '/b/', title: 'B', light: '/l.png', dark: '/d.png' });
    expect(await errors('{% cards_item title="No link" %}\nx\n{% /cards_item %}\n')).toEqual(['attribute-missing-required']);
  });

  it('accordion_item: takes a title and an open state', async () => {
    const page = await compile('{% accordion %}\n{% accordion_item title="Q" open=true %}\nA\n{% /accordion_item %}\n{% /accordion %}\n');
    expect(named(page.body, 'AccordionItem')[0]!.props).toEqual({ title: 'Q', open: true });
  });

  it('only_dark and only_light: know when they sit inside a line', async () => {
    const page = await compile('Logo {% only_dark %}dark{% /only_dark %} and\n\n{% only_light %}\nBlock.\n{% /only_light %}\n');
    expect(named(page.body, 'OnlyDark')[0]!.props).toEqual({ inline: true });
    expect(named(page.body, 'OnlyLight')[0]!.props).toEqual({});
  });

  it('arrow_link, icon and icon_image: validate their attributes', async () => {
    const page = await compile('{% arrow_link href="/docs/" %}\nGo\n{% /arrow_link %}\n\nPress {% icon icon="plus" /%} or {% icon_image src="/x.svg" alt="X" size="s" /%}.\n');
    expect(named(page.body, 'ArrowLink')[0]!.props).toEqual({ href: '/docs/' });
    expect(named(page.body, 'Icon')[0]!.props).toEqual({ icon: resolveIcon('plus'), size: 's', inline: true });
    expect(resolveIcon('plus')?.body).toContain('<path');
    expect(named(page.body, 'IconImage')[0]!.props).toEqual({ src: '/x.svg', alt: 'X', size: 's', inline: true });
    expect(await errors('{% icon icon="plus" size="xl" /%}\n')).toEqual(['attribute-value-invalid']);
    expect(await errors('{% icon_image src="/x.svg" /%}\n')).toEqual(['attribute-missing-required']);
  });

  it('table: takes a number or text as a column width, and rejects other alignments', async () => {
    expect(await errors('{% table %}\n* A {% width=48 %}\n* B {% width="20%" %}\n---\n* 1\n* 2\n{% /table %}\n')).toEqual([]);
    expect(await errors('{% table %}\n* A {% align="middle" %}\n---\n* 1\n{% /table %}\n')).toEqual(['attribute-value-invalid']);
  });

  it('fence annotations: title and marked lines, with the line ranges validated', async () => {
    expect(await errors('```js {% title="a.js" mark="1,3-4" %}\nx\n```\n')).toEqual([]);
    expect(await errors('```js {% mark="one" %}\nx\n```\n')).toEqual(['attribute-value-invalid']);
  });

  it('partial: passes variables to the partial', async () => {
    const page = await compilePage('{% partial file="p.md" variables={name: "Ada"} /%}\n', {
      file: 't.mdoc',
      config: { ...markdocConfig, partials: { 'p.md': Markdoc.parse('Hello {% $name %}.') } },
      highlighter,
    });
    expect(page.body.join('')).toBe('<p>Hello Ada.</p>');
  });
});
