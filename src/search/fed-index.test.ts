import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { fedIndex } from './fed-index.ts';
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
