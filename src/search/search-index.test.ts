import { describe, expect, it } from 'vitest';
import { classifyForSearch, compiledSearchDocument, parseIndexedWords, searchDocument } from './search-index.ts';

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('classifyForSearch', () => {
  it('indexes pages with an article body', () => {
    expect(classifyForSearch(page('<nav>Menu</nav><article data-pagefind-body><h1>T</h1><p>Text</p></article>'))).toEqual({ kind: 'index' });
  });
  it('skips noindex pages without a body, redirects and fragments quietly', () => {
    expect(classifyForSearch(page('<article><p>x</p></article>', '<meta name="robots" content="noindex">'))).toEqual({ kind: 'skip' });
    // Kept from search engines, but for readers' search (a page of an old version).
    expect(classifyForSearch(page('<article data-pagefind-body><p>x</p></article>', '<meta name="robots" content="noindex">'))).toEqual({ kind: 'index' });
    expect(classifyForSearch(page('', '<meta http-equiv="refresh" content="0; url=/docs/">'))).toEqual({ kind: 'skip' });
    expect(classifyForSearch('<title>Redirecting</title>')).toEqual({ kind: 'skip' });
  });
  it('reports pages with nothing to index', () => {
    expect(classifyForSearch(page('<p>No body marker</p>'))).toEqual({ kind: 'empty', reason: 'it has no element marked data-pagefind-body' });
    expect(classifyForSearch(page('<p>Mentions data-pagefind-body in text</p>')).kind).toBe('empty');
  });
});

describe('parseIndexedWords', () => {
  it('reads the word count from the Pagefind log', () => {
    expect(parseIndexedWords('[Status]\n  Indexed 5 pages\n  Indexed 550 words\n')).toBe(550);
    expect(parseIndexedWords('nothing')).toBeUndefined();
  });
});

describe('searchDocument', () => {
  const head = '<meta charset="utf-8"><title>Scopes - Docs</title><link rel="stylesheet" href="/a.css">';
  it('keeps the language, the title and the body, and leaves the page chrome out', () => {
    const html = page('<header>Site</header><nav data-pagefind-ignore="all"><a href="/x/">X</a></nav><main><article data-pagefind-body><h1>Scopes</h1><p data-pagefind-ignore>Skip</p><p>Text</p></article><footer>Next</footer></main>', head);
    expect(searchDocument(html)).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Scopes - Docs</title></head><body><article data-pagefind-body><h1>Scopes</h1><p data-pagefind-ignore>Skip</p><p>Text</p></article></body></html>',
    );
  });
  it('keeps a body whole, with elements of its own kind inside it, and every body of a page', () => {
    const html = page('<div data-pagefind-body="">A<div>B<div>C</div></div>D</div><div>chrome</div><section data-pagefind-body>E</section>');
    expect(searchDocument(html)).toBe('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><div data-pagefind-body="">A<div>B<div>C</div></div>D</div><section data-pagefind-body>E</section></body></html>');
  });
  it('leaves a page whole when it cannot be reduced safely', () => {
    // Nothing marked as the body: Pagefind's own rules apply to the whole page.
    expect(searchDocument(page('<article><p>x</p></article>'))).toBeUndefined();
    // Metadata or filters outside the body are read by Pagefind too.
    expect(searchDocument(page('<article data-pagefind-body>x</article>', '<meta data-pagefind-meta="image[content]" content="/a.png">'))).toBeUndefined();
    expect(searchDocument(page('<span data-pagefind-filter="author">Jane</span><article data-pagefind-body>x</article>'))).toBeUndefined();
    // A body that never closes, or that cannot hold anything.
    expect(searchDocument(page('<article data-pagefind-body><p>x</p>'))).toBeUndefined();
    expect(searchDocument(page('<img data-pagefind-body src="/a.png">'))).toBeUndefined();
    // Not a page.
    expect(searchDocument('<article data-pagefind-body>x</article>')).toBeUndefined();
  });
});

describe('compiledSearchDocument', () => {
  it('is a page Pagefind indexes: the title as heading, the body with each component replaced by its contents', () => {
    const html = compiledSearchDocument({
      title: 'Keys & scopes',
      lang: 'en',
      body: ['<p>Intro.</p>', { component: './src/components/content/Callout.astro', props: { title: 'Note' }, children: ['<p>Inside <code>users.read</code>.</p>'] }, '<h2 id="scopes">Scopes</h2>'],
    });
    expect(html).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Keys &amp; scopes</title></head><body><article data-pagefind-body><h1>Keys &amp; scopes</h1><p>Intro.</p><p>Inside <code>users.read</code>.</p><h2 id="scopes">Scopes</h2></article></body></html>',
    );
    expect(classifyForSearch(html)).toEqual({ kind: 'index' });
  });
});
