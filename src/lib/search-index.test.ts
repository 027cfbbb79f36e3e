import { describe, expect, it } from 'vitest';
import { classifyForSearch, parseIndexedWords } from './search-index';

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('classifyForSearch', () => {
  it('indexes pages with an article body', () => {
    expect(classifyForSearch(page('<nav>Menu</nav><article data-pagefind-body><h1>T</h1><p>Text</p></article>'))).toEqual({ kind: 'index' });
  });
  it('skips noindex pages, redirects and fragments quietly', () => {
    expect(classifyForSearch(page('<article data-pagefind-body><p>x</p></article>', '<meta name="robots" content="noindex">'))).toEqual({ kind: 'skip' });
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
