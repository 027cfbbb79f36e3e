import { describe, expect, it } from 'vitest';
import { builtBase, copyAnchorProblems } from './built-site.ts';

describe('builtBase', () => {
  it('reads the base from the asset links of a built page', () => {
    expect(builtBase('<link rel="stylesheet" href="/_astro/Page.abc.css">')).toBe('/');
    expect(builtBase('<link rel="icon" href="/docs-site/favicon.svg"><link rel="stylesheet" href="/docs-site/_astro/Page.abc.css">')).toBe('/docs-site/');
    expect(builtBase('<script type="module" src="/a/b/_astro/search.js"></script>')).toBe('/a/b/');
  });
  it('says nothing of a page without assets', () => {
    expect(builtBase('<p>hello</p>')).toBeUndefined();
    expect(builtBase('<a href="https://cdn.example/_astro/x.css">')).toBeUndefined();
  });
});

describe('copyAnchorProblems', () => {
  const html = '<header id="top"></header><article><h2 id="scopes">Scopes</h2><span id="old"></span><tr id="users.read"></tr><div id="tabs-1-tab-0"></div></article>';
  it('accepts a copy with exactly the page\'s anchors, whatever its code blocks show', () => {
    const md = '## Scopes {#scopes} {#old}\n\n```markdoc\n## X {% #not-an-anchor %} {#nor-this}\n```\n\n| `users.read` {#users.read} | Read |';
    expect(copyAnchorProblems(md, html, ['scopes', 'old', 'users.read'])).toEqual([]);
  });
  it('names anchors the copy lacks, and anchors of the copy the page does not have', () => {
    expect(copyAnchorProblems('## Scopes {#scopes} {#top}', html, ['scopes', 'users.read'])).toEqual([
      '#users.read is on the page but not in its Markdown copy',
      '{#top} in the Markdown copy names no element of the page',
    ]);
  });
});
