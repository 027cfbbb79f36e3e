import Markdoc from '@markdoc/markdoc';
import { describe, expect, it } from 'vitest';
import { markdocConfig } from '../markdoc/config.ts';
import { markdownCopy, toMarkdown } from './markdown.ts';

const md = (source: string, partials: Record<string, string> = {}) =>
  toMarkdown(Markdoc.parse(source), {
    partials: Object.fromEntries(Object.entries(partials).map(([k, v]) => [k, Markdoc.parse(v)])),
    tags: markdocConfig.tags,
  });

describe('toMarkdown', () => {
  it('keeps heading anchors, explicit or slugged as on the HTML page', () => {
    expect(md('## Scopes {% #scopes %}\n\n## Make a request\n\n## Make a request\n')).toBe(
      '## Scopes {#scopes}\n\n## Make a request {#make-a-request}\n\n## Make a request {#make-a-request-1}\n',
    );
  });
  it('turns callouts into quoted blocks with their title', () => {
    expect(md('{% info title="Best practice" %}\nGrant **few** scopes.\n{% /info %}\n{% warning %}\nCareful.\n{% /warning %}\n')).toBe(
      '> **Best practice**\n>\n> Grant **few** scopes.\n\n> **Warning**\n>\n> Careful.\n',
    );
  });
  it('keeps tables, code, lists and links', () => {
    const out = md('| Name | Description |\n|---|---|\n| `users.read` | Read a\\|b |\n\n- [one](/docs/a/)\n- two\n\n```js\nx()\n```\n');
    expect(out).toBe(
      '| Name | Description |\n| --- | --- |\n| `users.read` | Read a\\|b |\n\n- [one](/docs/a/)\n- two\n\n```js\nx()\n```\n',
    );
  });
  it('inlines partials and drops the frontmatter', () => {
    expect(md('---\ntitle: T\n---\n{% partial file="p.md" /%}\n', { 'p.md': 'Shared *text*.' })).toBe('Shared *text*.\n');
  });
  it('escapes Markdown characters in text', () => {
    expect(md('a \\<b> \\*c\\* x > y\n')).toBe('a \\<b> \\*c\\* x > y\n');
  });
});

describe('markdownCopy', () => {
  it('puts the title and description above the body, each on one line and escaped', () => {
    expect(markdownCopy('API *keys*', 'Keys and\n  their scopes.', 'Body.\n')).toBe('# API \\*keys\\*\n\nKeys and their scopes.\n\nBody.\n');
  });
  it('leaves the description out when there is none', () => {
    expect(markdownCopy('Title', undefined, 'Body.\n')).toBe('# Title\n\nBody.\n');
  });
});
