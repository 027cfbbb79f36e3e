import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPage, buildIndex, closeService, createIndex, servedFiles } from './pagefind-index.ts';

let site: string;
beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'served-files-site-'));
  const pages: Record<string, string> = {
    'docs/api-keys': '<h1>API keys</h1><h2 id="scopes">Scopes</h2><p>A key with users.read reads users.</p>',
    'docs/setup': '<h1>Setup</h1><p>Install the SDK with npm.</p>',
    'docs/nested/deep': '<h1>Deep</h1><p>A page further down.</p>',
  };
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), `<!DOCTYPE html><html lang="en"><head><title>${path}</title></head><body><main data-pagefind-body>${body}</main></body></html>`);
  }
});
afterAll(async () => {
  rmSync(site, { recursive: true, force: true });
  await pagefind.close();
});

/** The names in a folder; none when it does not exist. */
function listing(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

describe('servedFiles', () => {
  it('gives every file of the index, byte for byte as Pagefind gives them through its pipe, and leaves no folder behind', async () => {
    // The folders it may write to (see scratchRoot), as they are before and after.
    const scratch = () => [tmpdir(), '/dev/shm'].flatMap((dir) => listing(dir).filter((name) => name.startsWith('pagefind-index-')));
    const before = scratch();
    const built = await buildIndex(site, 'build');
    const served = await servedFiles(built.index);
    await built.release();

    const again = await buildIndex(site, 'build');
    const piped = new Map((await again.index.getFiles()).files.map((file) => [file.path, file.content]));
    await again.index.deleteIndex();
    await again.release();

    expect([...served.keys()].sort()).toEqual([...piped.keys()].sort());
    expect(served.has('pagefind.js')).toBe(true);
    expect(served.has('pagefind-entry.json')).toBe(true);
    for (const [path, content] of piped) expect(Buffer.from(served.get(path)!).equals(Buffer.from(content)), path).toBe(true);
    expect(scratch()).toEqual(before);
  });
});

/** The URLs of the pages an index's files hold. */
function pageUrls(files: ReadonlyMap<string, Uint8Array>): string[] {
  return [...files]
    .filter(([path]) => path.startsWith('fragment/'))
    .map(([, content]) => (JSON.parse(gunzipSync(content).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string }).url)
    .sort();
}

describe('an index of a closed service', () => {
  it('fails, and never reaches the index the next service gives the same number', async () => {
    const page = (title: string) => `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Some words.</p></main></body></html>`;
    // The first index of a service.
    await closeService();
    const given = await createIndex('build');
    await closeService();
    // The next service numbers its indexes from the start again.
    const next = await createIndex('build');
    await addPage(next.index, '/docs/kept/', page('Kept'));
    await expect(addPage(given.index, '/docs/stray/', page('Stray'))).rejects.toThrow(/closed/);
    await expect(given.index.writeFiles({ outputPath: join(site, 'never') })).rejects.toThrow(/closed/);
    await given.release();
    const files = await servedFiles(next.index);
    await next.release();
    expect(pageUrls(files)).toEqual(['/docs/kept/']);
    expect(listing(join(site, 'never'))).toEqual([]);
  });

  it('is given by no creation the service was closed during', async () => {
    const creating = createIndex('build');
    await closeService();
    await expect(creating).rejects.toThrow();
  });
});
