import { describe, expect, it } from 'vitest';
import { checkPages } from './helpers.ts';

/**
 * Each finding points at its construct: the line and column of the link target, the image, the
 * attribute value, wherever it sits in a paragraph, a list item, a table cell or a callout.
 */
describe('positions', () => {
  const page = [
    '---', //                                                                         1
    'title: Positions',
    '---',
    'The first line of a paragraph has no link,', //                                 4
    'the second has [one](/docs/nowhere/) and ![a picture](/missing.png).', //       5
    '',
    'A paragraph with [the same](/docs/gone/) link [twice](/docs/gone/) on a line,', // 7
    'and [a third time](/docs/gone/) below.', //                                     8
    '',
    '- An item',
    '  continued with [a link](/docs/in-a-list/).', //                               11
    '',
    '| Name | Where |',
    '|------|-------|',
    '| a    | [cell](/docs/in-a-table/) |', //                                      15
    '',
    '{% info %}',
    'A callout',
    'with [a link](/docs/in-a-callout/) inside.', //                                19
    '{% /info %}',
    '',
    '{% cards %}',
    '{% cards_item href="/docs/in-a-tag/" title="Card" %}', //                       23
    'Text.',
    '{% /cards_item %}',
    '{% /cards %}',
    '',
    'A paragraph [to nowhere](javascript:alert(1)) and',
    'on its second line [another](vbscript:x).', //                                  29
    '',
  ].join('\n');

  it('are exact to the line and column, in every kind of block', async () => {
    const { diagnostics } = await checkPages({ 'index.mdoc': page });
    const found = diagnostics
      .filter((d) => d.file.endsWith('index.mdoc'))
      .map((d) => [d.line, d.column, d.id])
      .sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[1]) - Number(b[1]));
    expect(found).toEqual([
      [5, 22, 'link-target-missing'],
      [5, 42, 'image-missing'],
      [7, 29, 'link-target-missing'],
      [7, 55, 'link-target-missing'],
      [8, 20, 'link-target-missing'],
      [11, 27, 'link-target-missing'],
      [15, 17, 'link-target-missing'],
      [19, 15, 'link-target-missing'],
      [23, 21, 'link-target-missing'],
      [28, 26, 'url-unsafe'],
      [29, 30, 'url-unsafe'],
    ]);
  });
});

describe('positions in partials', () => {
  it('points at each construct in the partial itself, once however many pages include it', async () => {
    const shared = [
      'Shared text with a [broken link](/docs/nowhere/)', //                   1
      'and ![](/img/missing.png) and {% inof %}x{% /inof %}.', //               2
      '',
      '## A heading {% #window %}', //                                          4
      '',
      'A [link to its heading](#window) on the page that includes it.',
    ].join('\n');
    const { diagnostics } = await checkPages({
      'a.mdoc': '---\ntitle: A\n---\n{% partial file="shared.md" /%}\n',
      'b.mdoc': '---\ntitle: B\n---\nIntro.\n\n{% partial file="shared.md" /%}\n',
      '../partials/shared.md': shared,
    });
    expect(diagnostics.map((d) => [d.file.replace(/^.*\/(partials|docs)\//, '$1/'), d.line, d.column, d.id]).sort()).toEqual(
      [
        ['partials/shared.md', 1, 34, 'link-target-missing'],
        ['partials/shared.md', 2, 5, 'image-alt-missing'],
        ['partials/shared.md', 2, 5, 'image-missing'],
        ['partials/shared.md', 2, 34, 'tag-undefined'],
        ['partials/shared.md', 4, 18, 'id-unsafe'],
      ].sort(),
    );
    // Each finding names the {% partial %} tags of the pages that show it.
    for (const d of diagnostics) {
      expect(d.includedAt?.map((s) => [s.file.replace(/^.*\/docs\//, 'docs/'), s.line, s.column]), d.id).toEqual([
        ['docs/a.mdoc', 4, 1],
        ['docs/b.mdoc', 6, 1],
      ]);
    }
  });

  it('names the tag of the page that shows a partial through another one', async () => {
    const { diagnostics } = await checkPages({
      'a.mdoc': '---\ntitle: A\n---\nIntro.\n\n  {%partial file="outer.md" /%}\n',
      'b.mdoc': '---\ntitle: B\n---\nNo partial here.\n',
      '../partials/outer.md': 'Outer.\n\n{% partial file="inner.md" /%}\n',
      '../partials/inner.md': 'A [broken link](/docs/nowhere/).\n',
    });
    const broken = diagnostics.find((d) => d.id === 'link-target-missing')!;
    expect(broken.file).toMatch(/partials\/inner\.md$/);
    expect(broken.includedAt?.map((s) => [s.file.replace(/^.*\/docs\//, 'docs/'), s.line, s.column])).toEqual([['docs/a.mdoc', 6, 3]]);
  });
});
