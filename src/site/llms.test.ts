import { describe, expect, it } from 'vitest';
import { llmsSections, readingOrder, renderLlmsFull, renderLlmsTxt } from './llms.ts';
import { buildSidebar } from './sidebar.ts';

const pages = [
  { slug: '', title: 'Home', description: 'Start here.' },
  { slug: 'sdks', title: 'SDKs' },
  { slug: 'sdks/server', title: 'Server SDKs', description: 'For servers.' },
  { slug: 'guides/a', title: 'Guide A' },
  { slug: 'guides/deep/b', title: 'Guide [B]' },
];
const sidebar = buildSidebar(pages);

describe('llms.txt', () => {
  const sections = llmsSections(sidebar, [...pages, { slug: 'hidden', title: 'Hidden page' }]);
  it('groups the pages as the sidebar does, with the pages it leaves out last', () => {
    expect(sections.map((s) => [s.heading, s.pages.map((p) => p.slug)])).toEqual([
      ['Docs', ['']],
      // In the sidebar's own order (a folder before the pages beside it).
      ['Guides', ['guides/deep/b', 'guides/a']],
      ['SDKs', ['sdks', 'sdks/server']],
      ['Other pages', ['hidden']],
    ]);
    expect(readingOrder(sections).map((p) => p.slug)).toEqual(['', 'guides/deep/b', 'guides/a', 'sdks', 'sdks/server', 'hidden']);
  });
  it('writes a section per group, each page with its description', () => {
    const text = renderLlmsTxt({ title: 'Site', description: 'About it.' }, sections, (slug) => `https://x/${slug}/index.md`);
    expect(text).toBe(
      [
        '# Site\n\n> About it.',
        '## Docs\n\n- [Home](https://x//index.md): Start here.',
        '## Guides\n\n- [Guide \\[B\\]](https://x/guides/deep/b/index.md)\n- [Guide A](https://x/guides/a/index.md)',
        '## SDKs\n\n- [SDKs](https://x/sdks/index.md)\n- [Server SDKs](https://x/sdks/server/index.md): For servers.',
        '## Other pages\n\n- [Hidden page](https://x/hidden/index.md)\n',
      ].join('\n\n'),
    );
  });
});

describe('llms-full.txt', () => {
  it('holds every copy in the order given, each after its address', () => {
    const text = renderLlmsFull({ title: 'Site', description: 'About it.' }, [{ url: 'https://x/a/', markdown: '# A\n\nText.\n\n' }, { url: 'https://x/b/', markdown: '# B\n' }]);
    expect(text).toBe('# Site\n\n> About it.\n\nEvery page of these docs, in reading order, each after the address it is published at.\n\n---\n\nSource: https://x/a/\n\n# A\n\nText.\n\n---\n\nSource: https://x/b/\n\n# B\n');
  });
});
