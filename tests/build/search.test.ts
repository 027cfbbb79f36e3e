import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { builtPages, documentsRoot } from '../../src/search/build-index.ts';
import { PAGEFIND_OPTIONS, readableCells } from '../../src/search/search-index.ts';
import { ROOT } from './helpers.ts';

const PAGEFIND = join(ROOT, 'dist/pagefind');

interface Fragment {
  url: string;
  content: string;
  meta: { title: string };
  anchors: { element: string; id: string; text: string }[];
}

/** Pagefind's fragments: one gzipped JSON record per indexed page, behind a signature. */
function readFragments(): Fragment[] {
  return readdirSync(join(PAGEFIND, 'fragment')).map((name) => {
    const raw = gunzipSync(readFileSync(join(PAGEFIND, 'fragment', name))).toString('utf8');
    return JSON.parse(raw.replace(/^pagefind_dcd/, '')) as Fragment;
  });
}

describe('the search index', () => {
  const fragments = readFragments();
  const byUrl = new Map(fragments.map((f) => [f.url, f]));

  it('is the very index Pagefind makes of the whole pages, though it reads only their search documents', async () => {
    // The whole built pages, with their table cells made readable as the build does (readableCells),
    // in a folder made as the build makes its folder of documents: Pagefind numbers pages in the
    // order it lists them, which depends on the file system and on the order they were written.
    const dist = join(ROOT, 'dist');
    const paths = builtPages(dist);
    const whole = mkdtempSync(join(documentsRoot(dist, paths), 'docs-whole-pages-'));
    for (const path of paths) {
      mkdirSync(dirname(join(whole, path)), { recursive: true });
      writeFileSync(join(whole, path), readableCells(readFileSync(join(dist, path), 'utf8')));
    }
    const { index } = await pagefind.createIndex({ ...PAGEFIND_OPTIONS });
    await index!.addDirectory({ path: whole });
    const { files } = await index!.getFiles();
    await pagefind.close();
    rmSync(whole, { recursive: true, force: true });
    const fromWholePages = files.filter((f) => !f.path.endsWith('.js') && !f.path.endsWith('.css'));
    expect(fromWholePages.length).toBeGreaterThan(fragments.length);
    for (const file of fromWholePages) {
      expect(Buffer.from(file.content).equals(readFileSync(join(PAGEFIND, file.path))), file.path).toBe(true);
    }
    expect(readdirSync(join(PAGEFIND, 'fragment')).length).toBe(files.filter((f) => f.path.startsWith('fragment/')).length);
  });

  it('reads table cells, list items and headings as sentences, for excerpts', () => {
    const apiKeys = byUrl.get('/docs/advanced/platform/api-keys/')!.content;
    expect(apiKeys).not.toMatch(/NameDescription/);
    expect(apiKeys).toMatch(/Scopes\. Name\. Description\. [\w.]+\. /);
  });

  it('holds every docs page of every language and version, each in its language\'s index, and nothing else', () => {
    const pages = ['', 'advanced/platform/api-keys/', 'contributing/performance/', 'contributing/tags/', 'contributing/writing-pages/', 'sdks/', 'sdks/server/'];
    // Version 1.x has no Performance page.
    const old = pages.filter((page) => page !== 'contributing/performance/').map((page) => `1.x/${page}`);
    // Every language publishes every page: its translation, or the default language's content.
    expect([...byUrl.keys()].sort()).toEqual(['/ar', '', '/fr'].flatMap((prefix) => [...pages, ...old].map((page) => `${prefix}/docs/${page}`)).sort());
    const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8'));
    expect(Object.fromEntries(Object.entries(entry.languages as Record<string, { page_count: number }>).map(([lang, index]) => [lang, index.page_count]))).toEqual({ en: 13, fr: 13, ar: 13 });
    // A French search finds the French translation by its French words.
    expect(byUrl.get('/fr/docs/advanced/platform/api-keys/')!.content).toContain('Créer une clé d’API');
    expect(byUrl.get('/docs/advanced/platform/api-keys/')!.content).not.toContain('Créer une clé d’API');
  });

  it('indexes the article only: no sidebar, TOC, header, anchor labels or copy buttons', () => {
    const chrome = ['Section titled', 'On this page', 'Skip to content', 'Copy', 'Contributing', 'Repository', 'Previous', 'Edit this page'];
    const count = (text: string, label: string) => text.split(label).length - 1;
    for (const fragment of fragments) {
      // The page's own words are its Markdown copy: a label may be indexed as often as the author
      // wrote it there, and never once more (anchor labels and copy buttons sit inside <article>).
      const words = readFileSync(join(ROOT, 'dist', fragment.url, 'index.md'), 'utf8');
      for (const label of chrome) {
        expect(count(fragment.content, label), `${fragment.url}: ${label}`).toBeLessThanOrEqual(count(words, label));
      }
    }
    // The chrome is there on the pages, so the check above is not empty.
    const html = fragments.map((f) => readFileSync(join(ROOT, 'dist', f.url, 'index.html'), 'utf8')).join('');
    for (const label of chrome) expect(html, label).toContain(label);
  });

  it('makes every heading with an id a section readers land on', () => {
    const apiKeys = byUrl.get('/docs/advanced/platform/api-keys/')!;
    expect(apiKeys.meta.title).toBe('API keys');
    expect(apiKeys.anchors.map((a) => [a.element, a.id, a.text])).toEqual([
      ['h2', 'create-api-key', 'Create API key'],
      ['h2', 'scopes', 'Scopes'],
    ]);
  });

  it('keeps identifiers such as users.read in the text it indexes', () => {
    expect(byUrl.get('/docs/advanced/platform/api-keys/')!.content).toContain('users.read');
  });
});
