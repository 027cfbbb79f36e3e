import { describe, expect, it } from 'vitest';
import { buildPageActions, fillActionHref } from './page-actions.ts';

const page = { path: '/docs/a/', url: 'https://docs.acme.com/docs/a/' };
const markdown = { path: '/docs/a/index.md', url: 'https://docs.acme.com/docs/a/index.md' };

describe('page actions', () => {
  it('fill {page} and {markdown}, percent-encoded in a query', () => {
    expect(fillActionHref('{markdown}', { page, markdown })).toBe('/docs/a/index.md');
    expect(fillActionHref('https://chatgpt.com/?q=Read+{page}+and+answer', { page, markdown })).toBe(
      'https://chatgpt.com/?q=Read+https%3A%2F%2Fdocs.acme.com%2Fdocs%2Fa%2F+and+answer',
    );
    expect(fillActionHref('https://claude.ai/new?q={markdown}', { page, markdown })).toBe('https://claude.ai/new?q=https%3A%2F%2Fdocs.acme.com%2Fdocs%2Fa%2Findex.md');
  });
  it('list the configured links in order, and none when the setting is empty', () => {
    const actions = buildPageActions([{ label: 'View as Markdown', href: '{markdown}' }, { label: 'Open in Claude', href: 'https://claude.ai/new?q={page}' }], page, markdown);
    expect(actions.links.map((l) => l.label)).toEqual(['View as Markdown', 'Open in Claude']);
    expect(actions.links.map((l) => [l.href.slice(0, 22), l.external])).toEqual([
      ['/docs/a/index.md', false],
      ['https://claude.ai/new?', true],
    ]);
    expect(buildPageActions([], page, markdown)).toEqual({ markdown: '/docs/a/index.md', links: [] });
  });
});
