import { describe, expect, it } from 'vitest';
import { readPage } from './helpers.ts';

const page = readPage('/docs/advanced/platform/api-keys/');
const article = page.querySelector('article')!;

/** The scopes of the seed's table, in its order: the page must publish every one of them. */
const SEED_SCOPES = (
  'users.read users.write teams.read teams.write databases.read databases.write collections.read collections.write ' +
  'attributes.read attributes.write indexes.read indexes.write documents.read documents.write files.read files.write ' +
  'buckets.read buckets.write functions.read functions.write execution.read execution.write locale.read avatars.read ' +
  'health.read rules.read rules.write migrations.read migrations.write vcs.read vcs.write assistant.read'
).split(' ');

describe('the API keys page', () => {
  it('has the two anchored headings with their exact text', () => {
    expect(article.querySelector('h2#create-api-key')?.innerHTML).toBe('Create API key');
    expect(article.querySelector('h2#scopes')?.innerHTML).toBe('Scopes');
  });

  it('renders the callout with its component and the title "Best practice"', () => {
    const callout = article.querySelectorAll('.callout');
    expect(callout).toHaveLength(1);
    expect(callout[0]!.getAttribute('role')).toBe('note');
    expect(callout[0]!.querySelector('.callout-title')?.text.trim()).toBe('Best practice');
    expect(callout[0]!.text).toContain('It is a best practice to grant only the scopes you need');
  });

  it('has all 32 scopes as rows of the table, under its header row', () => {
    const table = article.querySelector('.table-wrapper table')!;
    expect(table.querySelectorAll('thead th').map((th) => th.text)).toEqual(['Name', 'Description']);
    const names = table.querySelectorAll('tbody tr').map((tr) => tr.querySelector('td code')?.text);
    expect(names).toEqual(SEED_SCOPES);
  });

  it('lists both anchors under "On this page"', () => {
    const toc = page.querySelector('nav.toc')!;
    expect(toc.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text])).toEqual([
      ['#create-api-key', 'Create API key'],
      ['#scopes', 'Scopes'],
    ]);
  });

  it('links Server SDKs to a real page and has a real description', () => {
    const link = article.querySelectorAll('a').find((a) => a.text === 'Server SDKs');
    expect(link?.getAttribute('href')).toBe('/docs/sdks/server/');
    expect(readPage('/docs/sdks/server/').querySelector('h1')?.text).toBe('Server SDKs');
    const description = page.querySelector('meta[name="description"]')?.getAttribute('content');
    expect(description).not.toMatch(/placeholder/i);
    expect(description!.length).toBeGreaterThan(40);
  });

  it('keeps anchor links out of search and gives them an accessible name', () => {
    const anchor = article.querySelector('a.anchor-link[href="#scopes"]')!;
    expect(anchor.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(anchor.querySelector('.sr-only')?.text).toBe('Section titled “Scopes”');
  });

  it('has a title, lang and canonical URL', () => {
    expect(page.querySelector('title')?.text).toBe('API keys — Platform Docs');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://docs.example.com/docs/advanced/platform/api-keys/',
    );
  });

  it('carries no inline script or style', () => {
    expect(page.querySelectorAll('script:not([src])')).toHaveLength(0);
    expect(page.querySelectorAll('style')).toHaveLength(0);
    expect(page.querySelectorAll('[style]')).toHaveLength(0);
  });
});

describe('the bundled site', () => {
  it('sends / to /docs/', () => {
    const root = readPage('/');
    expect(root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toContain('/docs/');
  });

  it('highlights code at build time with a language label and a copy button', () => {
    const server = readPage('/docs/sdks/server/');
    const block = server.querySelector('.code-block[data-language="js"]')!;
    expect(block.querySelector('.code-lang')?.text).toBe('JavaScript');
    expect(block.querySelector('button.copy-button')).not.toBeNull();
    expect(block.querySelectorAll('pre code span').filter((s) => /\bl-[0-9a-f]{3,8}\b/.test(s.classNames)).length).toBeGreaterThan(5);
  });

  it('renders every tag on the "Writing pages" guide', () => {
    const guide = readPage('/docs/contributing/writing-pages/');
    const kinds = guide.querySelectorAll('article .callout').map((c) => c.classNames.split(' ').find((n) => n.startsWith('callout-')));
    expect(new Set(kinds)).toEqual(new Set(['callout-info', 'callout-note', 'callout-tip', 'callout-warning', 'callout-danger']));
    expect(guide.querySelector('article')?.text).toContain('Anyone who holds an API key can act on your project');
  });
});
