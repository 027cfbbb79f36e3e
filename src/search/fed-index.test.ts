import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { fedIndex, pagesToAdd } from './fed-index.ts';
import { closeService, servedFiles } from './pagefind-index.ts';

const page = (title: string, body: string) => `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1>${body}</main></body></html>`;

afterAll(async () => {
  await pagefind.close();
});

describe('fedIndex', () => {
  it('holds every page fed, at its URL, and records what each was made from', async () => {
    const fed = fedIndex('build');
    fed.add('/docs/api-keys/', 'api-keys v1', page('API keys', '<p>A key with users.read reads users.</p>'));
    fed.add('/docs/setup/', 'setup v1', page('Setup', '<p>Install the SDK with npm.</p>'));
    fed.add('/docs/nested/deep/', 'deep v1', page('Deep', '<p>A page further down.</p>'));
    expect([...fed.fed]).toEqual([
      ['/docs/api-keys/', 'api-keys v1'],
      ['/docs/setup/', 'setup v1'],
      ['/docs/nested/deep/', 'deep v1'],
    ]);
    const created = await fed.done();
    const files = await servedFiles(created.index);
    expect(await created.words()).toBeGreaterThan(10);
    const fragments = [...files].filter(([path]) => path.startsWith('fragment/'));
    const urls = fragments.map(([, content]) => (JSON.parse(gunzipSync(content).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string }).url);
    expect(urls.sort()).toEqual(['/docs/api-keys/', '/docs/nested/deep/', '/docs/setup/']);
    const entry = JSON.parse(Buffer.from(files.get('pagefind-entry.json')!).toString('utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.en?.page_count).toBe(3);
  });

  it('rejects once done when a page could not be added, rather than give an index without it', async () => {
    const fed = fedIndex('build');
    await fed.done();
    // Pagefind's service closed: the page cannot be added.
    await closeService();
    fed.add('/docs/setup/', 'setup v1', page('Setup', '<p>Install the SDK with npm.</p>'));
    await expect(fed.done()).rejects.toThrow();
  });
});

describe('pagesToAdd', () => {
  /** Three pages the tests change, among nine that stay as they are. */
  const site = new Map([
    ['/docs/a/', 'a1'],
    ['/docs/b/', 'b1'],
    ['/docs/c/', 'c1'],
    ...Array.from({ length: 9 }, (_, i): [string, string] => [`/docs/other-${i}/`, `o${i}`]),
  ]);
  const fed = new Map([...site].filter(([url]) => url !== '/docs/b/'));
  it('adds the pages not fed, changed or not, and new pages', () => {
    expect(pagesToAdd(fed, site)).toEqual(['/docs/b/']);
    expect(pagesToAdd(fed, new Map([...site, ['/docs/b/', 'b2'], ['/docs/d/', 'd1']]))).toEqual(['/docs/b/', '/docs/d/']);
    expect(pagesToAdd(fed, new Map([...site].filter(([url]) => url !== '/docs/b/')))).toEqual([]);
  });
  it('gives up when a page fed changed or is gone', () => {
    expect(pagesToAdd(fed, new Map([...site, ['/docs/a/', 'a2']]))).toBeUndefined();
    expect(pagesToAdd(fed, new Map([...site].filter(([url]) => url !== '/docs/c/')))).toBeUndefined();
  });
  it('gives up when it lacks more than two fifths of the pages', () => {
    const pages = new Map(Array.from({ length: 10 }, (_, i) => [`/docs/${i}/`, `${i}`]));
    const from = (n: number) => new Map([...pages].slice(n));
    expect(pagesToAdd(from(4), pages)).toEqual([...pages.keys()].slice(0, 4));
    expect(pagesToAdd(from(5), pages)).toBeUndefined();
  });
});
