import { describe, expect, it } from 'vitest';
import { markdownCopyUrl, plainExcerpt, searchResult } from './agent-tools.ts';

describe('the search tool', () => {
  it('answers with titles, absolute addresses and plain excerpts of pages and their sections', () => {
    const result = searchResult(
      'users.read',
      [
        {
          url: '/docs/a/',
          excerpt: 'Grant <mark>users.read</mark> &amp; more.',
          meta: { title: 'API keys' },
          sub_results: [
            { url: '/docs/a/', title: 'API keys', excerpt: 'x' },
            { url: '/docs/a/#scopes', title: 'Scopes', excerpt: '<mark>users.read</mark>. Access to read users.' },
          ],
        },
      ],
      'https://docs.acme.com',
    );
    expect(JSON.parse(result.content[0]!.text)).toEqual({
      query: 'users.read',
      pages: [
        {
          title: 'API keys',
          url: 'https://docs.acme.com/docs/a/',
          excerpt: 'Grant users.read & more.',
          sections: [{ title: 'Scopes', url: 'https://docs.acme.com/docs/a/#scopes', excerpt: 'users.read. Access to read users.' }],
        },
      ],
    });
  });
  it('says so when nothing matches', () => {
    expect(searchResult('zzz', [], 'https://x').content[0]!.text).toBe('No page of these docs matches "zzz".');
  });
  it('reads excerpts as text', () => {
    expect(plainExcerpt('a <mark>b</mark>&lt;c&gt;  &quot;d&#39;')).toBe('a b<c> "d\'');
  });
});

describe('the page tool', () => {
  const current = 'https://docs.acme.com/docs-site/docs/a/#scopes';
  it('finds the Markdown copy of this site\'s docs pages', () => {
    expect(markdownCopyUrl(undefined, current, '/docs-site/')).toBe('https://docs.acme.com/docs-site/docs/a/index.md');
    expect(markdownCopyUrl('/docs-site/docs/b', current, '/docs-site/')).toBe('https://docs.acme.com/docs-site/docs/b/index.md');
    expect(markdownCopyUrl('https://docs.acme.com/docs-site/docs/c/index.html', current, '/docs-site/')).toBe('https://docs.acme.com/docs-site/docs/c/index.md');
  });
  it('refuses other sites and pages outside the docs', () => {
    expect(markdownCopyUrl('https://evil.example/docs-site/docs/a/', current, '/docs-site/')).toBeUndefined();
    expect(markdownCopyUrl('/elsewhere/', current, '/docs-site/')).toBeUndefined();
    expect(markdownCopyUrl('http://[bad', current, '/docs-site/')).toBeUndefined();
  });
});
