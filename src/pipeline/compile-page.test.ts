import Markdoc from '@markdoc/markdoc';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdocConfig } from '../markdoc/config.ts';
import { compilePage } from './compile-page.ts';
import { frontmatterOf } from './frontmatter.ts';
import { CodeHighlighter } from './highlight.ts';
import { resolveIcon } from './icons.ts';

let highlighter: CodeHighlighter;
beforeAll(async () => {
  highlighter = await CodeHighlighter.create({ light: 'github-light', dark: 'github-dark' });
});

const compile = (source: string, partials: Record<string, string> = {}) =>
  compilePage(source, {
    file: 'content/docs/page.mdoc',
    config: {
      ...markdocConfig,
      partials: Object.fromEntries(Object.entries(partials).map(([k, v]) => [k, Markdoc.parse(v)])),
    },
    highlighter,
  });

const html = (body: unknown[]) => body.filter((n) => typeof n === 'string').join('');

describe('compilePage: headings', () => {
  it('uses an explicit id and trims the heading text', async () => {
    const page = await compile('## Scopes {% #scopes %}\n');
    expect(html(page.body)).toContain('<h2 id="scopes">Scopes</h2>');
    expect(page.headings).toEqual([{ depth: 2, slug: 'scopes', text: 'Scopes' }]);
  });
  it('slugs headings without an id, keeping repeated slugs unique', async () => {
    const page = await compile('## Make a request\n\n## Make a request\n\n### Step 1: install\n');
    expect(page.headings.map((h) => h.slug)).toEqual(['make-a-request', 'make-a-request-1', 'step-1-install']);
  });
  it('keeps an auto slug from taking an explicit id used earlier', async () => {
    const page = await compile('## First {% #scopes %}\n\n## Scopes\n');
    expect(page.headings.map((h) => h.slug)).toEqual(['scopes', 'scopes-1']);
  });
  it('adds an anchor link named for screen readers and kept out of search', async () => {
    const page = await compile('## Scopes {% #scopes %}\n');
    expect(html(page.body)).toContain('<a class="anchor-link" href="#scopes" data-pagefind-ignore="all">');
    expect(html(page.body)).toContain('<span class="sr-only">Section titled “Scopes”</span>');
  });
  it('takes heading text from inline code and emphasis', async () => {
    const page = await compile('## The `users.read` *scope*\n');
    expect(page.headings[0]).toEqual({ depth: 2, slug: 'the-usersread-scope', text: 'The users.read scope' });
  });
});

describe('compilePage: frontmatter', () => {
  it('returns the frontmatter as written', async () => {
    const page = await compile('---\ntitle: API keys\nsidebar:\n  order: 2\n---\nText\n');
    expect(page.frontmatter).toEqual({ title: 'API keys', sidebar: { order: 2 } });
  });
  it('reports invalid YAML at its line in the file', async () => {
    const page = await compile('---\ntitle: API keys\ndescription: "unclosed\n---\nText\n');
    expect(page.diagnostics.map((d) => [d.file, d.line, d.id])).toEqual([
      ['content/docs/page.mdoc', 3, 'frontmatter-yaml-invalid'],
    ]);
  });
});

describe('frontmatterOf', () => {
  // The dev server holds pages by what frontmatterOf reads until it compiles them: both must agree.
  const sources = [
    '---\ntitle: API keys\nsidebar:\n  order: 2\n  label: Keys\n---\nText\n',
    '---\r\ntitle: Windows line ends\r\n---\r\nText\r\n',
    '  ---  \ntitle: Spaces around the fences\n ---\t\nText\n',
    '---\ntitle: Closed at the end of the file\n---',
    '---\ntitle: "A --- inside a value"\n---\n---\nA rule after\n',
    '---\ntitle: Never closed\nText\n',
    '---\n---\nEmpty\n',
    '---\n- a list\n---\nText\n',
    '---\ntitle: "unclosed\n---\nText\n',
    'title: no fences\n',
    '\n---\ntitle: Not on the first line\n---\n',
    '----\ntitle: Four dashes\n----\n',
    '---\ntitle: Dashes in text ---\n---\n',
  ];
  it.each(sources)('reads what the compiler reads: %j', async (source) => {
    const compiled = await compile(source);
    const expected = compiled.diagnostics.length === 0 && Object.keys(compiled.frontmatter).length > 0 ? compiled.frontmatter : undefined;
    expect(frontmatterOf(new TextEncoder().encode(source))).toEqual(expected);
  });
  it('skips a byte order mark, and reads nothing from binary or badly encoded files', () => {
    expect(frontmatterOf(new TextEncoder().encode('\uFEFF---\ntitle: BOM\n---\n'))).toEqual({ title: 'BOM' });
    expect(frontmatterOf(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00]))).toBeUndefined();
    expect(frontmatterOf(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a, 0x2d, 0x2d, 0x2d]))).toBeUndefined();
  });
});

describe('compilePage: tags', () => {
  it('leaves callouts to the Callout component with their type, title and icon', async () => {
    const page = await compile('{% info title="Best practice" %}\nKeep keys secret.\n{% /info %}\n');
    expect(page.body).toEqual([
      {
        component: './src/components/content/Callout.astro',
        props: { type: 'info', title: 'Best practice', icon: resolveIcon('info') },
        children: ['<p>Keep keys secret.</p>'],
      },
    ]);
  });
  it('gives each callout tag its own type', async () => {
    const page = await compile('{% danger %}\nCareful.\n{% /danger %}\n');
    expect(page.body[0]).toMatchObject({ props: { type: 'danger' } });
  });
  it('returns every validation error, with its line', async () => {
    const page = await compile('---\ntitle: T\n---\n{% inf %}\nA\n{% /inf %}\n\n{% info type="nte" %}\nB\n{% /info %}\n');
    expect(page.errors.map((e) => [e.lines[0], e.error.id])).toEqual([
      [3, 'tag-undefined'],
      [7, 'attribute-value-invalid'],
    ]);
  });
  it('includes partials', async () => {
    const page = await compile('{% partial file="shared.md" /%}\n', { 'shared.md': 'Shared **text**.' });
    expect(html(page.body)).toBe('<p>Shared <strong>text</strong>.</p>');
  });
});

describe('compilePage: tables and code', () => {
  it('wraps tables in a scrolling region named after their section', async () => {
    const page = await compile('## Scopes\n\n| Name | Description |\n|---|---|\n| `users.read` | Read users |\n');
    expect(html(page.body)).toContain(
      '<div class="table-wrapper" role="region" tabindex="0" aria-label="Table: Scopes"><table><thead><tr><th>Name</th><th>Description</th></tr></thead><tbody><tr><td data-pagefind-weight="3"><code>users.read</code></td><td>Read users</td></tr></tbody></table></div>',
    );
  });
  it('highlights code with classes, never inline styles', async () => {
    const page = await compile('```js\nconst a = 1;\n```\n');
    const out = html(page.body);
    expect(out).toContain('<span class="code-lang">JavaScript</span>');
    expect(out).toContain('<span class="l-d73a49 d-f97583">const</span>');
    expect(out).not.toContain('style=');
  });
  it('renders an unknown language as escaped plain text', async () => {
    const page = await compile('```nosuchlang\n<b>x</b>\n```\n');
    const out = html(page.body);
    expect(out).toContain('<span class="code-lang">nosuchlang</span>');
    expect(out).toContain('<code><span class="line">&lt;b&gt;x&lt;/b&gt;</span></code>');
    expect(page.diagnostics).toEqual([]);
  });
  it('escapes raw HTML written in a page', async () => {
    const page = await compile('<script>alert(1)</script>\n');
    expect(html(page.body)).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });
});

describe('compilePage: links', () => {
  it('prefixes root-relative links with the base path', async () => {
    const page = await compilePage('[SDKs](/docs/sdks/) and [scopes](#scopes)\n', {
      file: 'f.mdoc',
      config: markdocConfig,
      highlighter,
      base: '/docs-site/',
    });
    expect(html(page.body)).toBe('<p><a href="/docs-site/docs/sdks/">SDKs</a> and <a href="#scopes">scopes</a></p>');
  });
  it('never emits a script URL', async () => {
    const page = await compile('[x](javascript:alert(1)) ![y](javascript:alert(2)) [z](data:text/html,x)\n');
    expect(html(page.body)).not.toMatch(/(?:href|src)="(?:javascript|data):/);
  });
});

describe('compilePage: anchors', () => {
  it('puts an empty element with each alias id before the heading', async () => {
    const page = await compile('## Scopes {% #scopes aliases=["scope-list", "permissions"] %}\n');
    expect(html(page.body)).toContain(
      '<span id="scope-list" class="anchor-alias" aria-hidden="true"></span><span id="permissions" class="anchor-alias" aria-hidden="true"></span><h2 id="scopes">Scopes</h2>',
    );
    expect(page.headings).toEqual([{ depth: 2, slug: 'scopes', text: 'Scopes' }]);
  });
  it('passes a callout id to its component', async () => {
    const page = await compile('{% info #best-practice title="Best practice" %}\nText.\n{% /info %}\n');
    expect(page.body[0]).toMatchObject({ props: { id: 'best-practice', title: 'Best practice' } });
  });
});

describe('compilePage: row anchors', () => {
  it('gives each row its first cell as id when the table asks for it', async () => {
    const page = await compile('{% table rowAnchors=true %}\n| Name | Description |\n|---|---|\n| `users.read` | Read users |\n| `users.write` | Write users |\n{% /table %}\n');
    const out = html(page.body);
    expect(out).toContain('<tr id="users.read"><td data-pagefind-weight="3"><code>users.read</code></td>');
    expect(out).toContain('<tr id="users.write">');
  });
  it('leaves rows alone otherwise', async () => {
    const page = await compile('| Name |\n|---|\n| `a` |\n');
    expect(html(page.body)).not.toContain('<tr id=');
  });
});

describe('compilePage: table names', () => {
  it('numbers tables that would share a name in one section', async () => {
    const page = await compile('## Scopes\n\n| A |\n|---|\n| 1 |\n\n| B |\n|---|\n| 2 |\n');
    expect(html(page.body)).toContain('aria-label="Table: Scopes"');
    expect(html(page.body)).toContain('aria-label="Table: Scopes (2)"');
  });
});
