import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { canMerge, changedSince, indexEntry, mergedFiles, mergingModule, pageIds } from './split-index.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const entry = (...languages: string[]) => encode(JSON.stringify({ version: '1.6.0', languages: Object.fromEntries(languages.map((l) => [l, { hash: `${l}_1`, wasm: l, page_count: 1 }])) }));

describe('indexEntry', () => {
  it("gives the languages and Pagefind version of an index's entry file", () => {
    expect(indexEntry(new Map([['pagefind-entry.json', entry('fr', 'en')]]))).toEqual({ languages: ['en', 'fr'], version: '1.6.0' });
  });
  it('gives none when there is no entry file, or it cannot be read', () => {
    expect(indexEntry(new Map())).toEqual({ languages: [], version: undefined });
    expect(indexEntry(new Map([['pagefind-entry.json', encode('{not json')]]))).toEqual({ languages: [], version: undefined });
  });
});

describe('pageIds', () => {
  it("names each page by its fragment's id, as Pagefind's answers do", () => {
    const fragment = (url: string) => gzipSync(encode(`pagefind_dcd${JSON.stringify({ url, content: 'Some words.' })}`));
    const files = new Map([
      ['fragment/en_1a2b3c4.pf_fragment', fragment('/docs/a/')],
      ['fragment/fr_5d6e7f8.pf_fragment', fragment('/fr/docs/a/')],
      ['fragment/en_broken.pf_fragment', encode('not gzip')],
      ['index/en_9a8b7c6.pf_index', fragment('/docs/not-a-fragment/')],
    ]);
    expect([...pageIds(files)]).toEqual([
      ['/docs/a/', 'en_1a2b3c4'],
      ['/fr/docs/a/', 'fr_5d6e7f8'],
    ]);
  });
});

describe('changedSince', () => {
  const site = new Map(Array.from({ length: 100 }, (_, i): [string, string] => [`/docs/${i}/`, `v1 of ${i}`]));
  it('indexes again the pages changed or new, and leaves out the stale ones: changed or gone', () => {
    const next = new Map(site).set('/docs/1/', 'v2 of 1').set('/docs/new/', 'v1 of new');
    next.delete('/docs/2/');
    expect(changedSince(site, next)).toEqual({ changed: ['/docs/1/', '/docs/new/'], stale: ['/docs/1/', '/docs/2/'] });
    expect(changedSince(site, site)).toEqual({ changed: [], stale: [] });
  });
  it('gives up when more than two fifths of the pages changed or went, or more than a few on a small site', () => {
    const changed = (pages: ReadonlyMap<string, string>, n: number) => new Map([...pages].map(([url, made], i): [string, string] => [url, i < n ? `${made}, changed` : made]));
    expect(changedSince(site, changed(site, 40))?.changed).toHaveLength(40);
    expect(changedSince(site, changed(site, 41))).toBeUndefined();
    const removed = (pages: ReadonlyMap<string, string>, n: number) => new Map([...pages].slice(n));
    // Two fifths of the pages left: 28 of 72, not 29 of 71.
    expect(changedSince(site, removed(site, 28))?.stale).toHaveLength(28);
    expect(changedSince(site, removed(site, 29))).toBeUndefined();
    const small = new Map([...site].slice(0, 20));
    expect(changedSince(small, changed(small, 16))?.changed).toHaveLength(16);
    expect(changedSince(small, changed(small, 17))).toBeUndefined();
  });
});

describe('canMerge', () => {
  const of = (languages: string[], version = '1.6.0') => ({ languages, version });
  it('merges when the small index holds no language the whole one lacks', () => {
    expect(canMerge(of(['en']), of(['en']))).toBe(true);
    expect(canMerge(of(['en', 'fr']), of(['fr']))).toBe(true);
    expect(canMerge(of(['en']), of([]))).toBe(true);
    expect(canMerge(of(['en']), of(['en', 'fr']))).toBe(false);
    expect(canMerge(of([]), of([]))).toBe(false);
  });
  it('merges only indexes of the same Pagefind', () => {
    expect(canMerge(of(['en'], '1.5.2'), of(['en']))).toBe(false);
    expect(canMerge({ languages: ['en'], version: undefined }, of(['en']))).toBe(false);
  });
});

describe('mergedFiles', () => {
  it('serves each index in its folder, and the module that merges them as pagefind.js', () => {
    const whole = new Map([
      ['pagefind.js', encode('whole')],
      ['pagefind-entry.json', entry('en')],
    ]);
    const small = new Map([
      ['pagefind.js', encode('small')],
      ['pagefind-entry.json', entry('en')],
      ['fragment/en_1.pf_fragment', encode('page')],
    ]);
    const files = mergedFiles(whole, small, ['en_0']);
    expect([...files.keys()].sort()).toEqual(['changed/fragment/en_1.pf_fragment', 'changed/pagefind-entry.json', 'changed/pagefind.js', 'pagefind.js', 'whole/pagefind-entry.json', 'whole/pagefind.js']);
    expect(new TextDecoder().decode(files.get('whole/pagefind.js'))).toBe('whole');
    expect(new TextDecoder().decode(files.get('pagefind.js'))).toBe(mergingModule(['en'], ['en'], ['en_0']));
    // Pages removed, none changed: nothing to merge, the removed pages left out.
    const removed = mergedFiles(whole, undefined, ['en_0']);
    expect([...removed.keys()].sort()).toEqual(['pagefind.js', 'whole/pagefind-entry.json', 'whole/pagefind.js']);
    expect(new TextDecoder().decode(removed.get('pagefind.js'))).toBe(mergingModule(['en'], undefined, ['en_0']));
  });
});

/**
 * The merging module, run against a stand-in for Pagefind's API (in `ahead/pagefind.js`) that
 * records what it is asked, on a page whose `<html lang>` is `lang`.
 */
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
const page = globalThis as { document?: unknown };
afterEach(() => {
  delete page.document;
});

async function runModule(whole: string[], changed: string[] | undefined, lang: string | undefined, hidden: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'split-index-'));
  folders.push(dir);
  mkdirSync(join(dir, 'whole'));
  writeFileSync(
    join(dir, 'whole/pagefind.js'),
    `export const calls = [];
export async function options(o) { calls.push(['options', o]); }
export async function init() { calls.push(['init']); }
export async function mergeIndex(path, o) { calls.push(['mergeIndex', path, o]); }
const answer = () => ({ results: [{ id: 'en_stale' }, { id: 'en_kept' }], filters: {} });
export async function search(term) { calls.push(['search', term]); return answer(); }
export async function debouncedSearch(term) { calls.push(['debouncedSearch', term]); return term === 'superseded' ? null : answer(); }
export async function preload(term) { calls.push(['preload', term]); }
export async function filters() { calls.push(['filters']); return {}; }
export async function destroy() { calls.push(['destroy']); }
export function createInstance() {}
`,
  );
  writeFileSync(join(dir, 'pagefind.js'), mergingModule(whole, changed, hidden));
  page.document = { querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => lang ?? null } : null) };
  const module = (await import(pathToFileURL(join(dir, 'pagefind.js')).href)) as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const stub = (await import(pathToFileURL(join(dir, 'whole/pagefind.js')).href)) as { calls: unknown[][] };
  return { module, calls: stub.calls, saved: pathToFileURL(join(dir, 'changed/')).href };
}

describe('mergingModule', () => {
  it("starts Pagefind on the whole index, then merges the small one with the page's options", async () => {
    const { module, calls, saved } = await runModule(['en'], ['en'], 'en');
    await module.options!({ baseUrl: '/docs-base/', excerptLength: 18 });
    await module.init!();
    await module.init!();
    expect(calls).toEqual([['options', { baseUrl: '/docs-base/', excerptLength: 18 }], ['init'], ['mergeIndex', saved, { baseUrl: '/docs-base/', excerptLength: 18 }]]);
  });

  it('starts and merges before the first search, when none started Pagefind', async () => {
    const { module, calls } = await runModule(['en'], ['en'], 'en-US');
    await module.debouncedSearch!('keys');
    await module.search!('scopes');
    expect(calls.map((call) => call[0])).toEqual(['init', 'mergeIndex', 'debouncedSearch', 'search']);
  });

  it("merges only for a reader whose language the small index holds, as Pagefind would pick it in the whole one", async () => {
    // The page's language is in neither: Pagefind picks the whole index's largest language, which the small one may not hold.
    const other = await runModule(['en', 'fr'], ['fr'], 'de');
    await other.module.init!();
    expect(other.calls).toEqual([['init']]);
    // The small index lacks the page's language.
    const lacking = await runModule(['en', 'fr'], ['fr'], 'en');
    await lacking.module.init!();
    expect(lacking.calls).toEqual([['init']]);
    // The whole index lacks the page's language, and answers in its largest one: the small one would answer in another.
    const mixed = await runModule(['en'], ['fr'], 'fr');
    await mixed.module.init!();
    expect(mixed.calls).toEqual([['init']]);
    // A regional tag finds its language as Pagefind finds it.
    const regional = await runModule(['en', 'fr'], ['fr'], 'fr-CA');
    await regional.module.init!();
    expect(regional.calls.map((call) => call[0])).toEqual(['init', 'mergeIndex']);
  });

  it('leaves the stale pages of the whole index out of every answer, and merges nothing when no page changed', async () => {
    const { module, calls } = await runModule(['en'], undefined, 'en', ['en_stale']);
    expect(await module.search!('keys')).toEqual({ results: [{ id: 'en_kept' }], filters: {} });
    expect(await module.debouncedSearch!('keys')).toEqual({ results: [{ id: 'en_kept' }], filters: {} });
    // A search another one superseded answers nothing, as Pagefind's does.
    expect(await module.debouncedSearch!('superseded')).toBeNull();
    expect(calls.map((call) => call[0])).toEqual(['init', 'search', 'debouncedSearch', 'debouncedSearch']);
  });
});
