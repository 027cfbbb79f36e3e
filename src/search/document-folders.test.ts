import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFilesSync } from '../build/files.ts';
import { DocumentFolder } from './document-folders.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'document-folders-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The documents a folder holds, by URL, as text. */
function documentsIn(dir: string): Record<string, string> {
  const found = listFilesSync(dir).filter((path) => path.endsWith('/index.html'));
  return Object.fromEntries(found.map((path) => [`/${path.slice(0, -'index.html'.length)}`, readFileSync(join(dir, path), 'utf8')]));
}

describe('DocumentFolder', () => {
  it('writes each document at its URL and remembers, across starts, what each was made from', async () => {
    const dir = join(root, 'dev-search');
    const documents = new DocumentFolder(dir, 'en');
    expect(documents.recorded().size).toBe(0);
    await documents.write('/docs/a/', '<p>A</p>');
    await documents.write('/docs/nested/b/', '<p>B</p>');
    await documents.record(new Map([['/docs/a/', 'a1'], ['/docs/nested/b/', 'b1']]));

    const again = new DocumentFolder(dir, 'en');
    expect([...again.recorded()]).toEqual([['/docs/a/', 'a1'], ['/docs/nested/b/', 'b1']]);
    expect(documentsIn(dir)).toEqual({ '/docs/a/': '<p>A</p>', '/docs/nested/b/': '<p>B</p>' });

    await again.write('/docs/a/', '<p>A, edited</p>');
    await again.remove(['/docs/nested/b/', '/docs/never-written/']);
    expect(documentsIn(dir)).toEqual({ '/docs/a/': '<p>A, edited</p>' });
  });

  it('starts empty when its documents were made another way, or it has no record of them', () => {
    const dir = join(root, 'dev-search');
    mkdirSync(join(dir, 'docs/a'), { recursive: true });
    writeFileSync(join(dir, 'docs/a/index.html'), '<p>A</p>');
    writeFileSync(join(dir, 'documents.json'), JSON.stringify({ format: 'en', written: [['/docs/a/', 'a1']] }));

    expect(new DocumentFolder(dir, 'fr').recorded().size).toBe(0);
    expect(documentsIn(dir)).toEqual({});

    mkdirSync(join(dir, 'docs/b'), { recursive: true });
    writeFileSync(join(dir, 'docs/b/index.html'), '<p>B</p>');
    writeFileSync(join(dir, 'documents.json'), 'not JSON');
    expect(new DocumentFolder(dir, 'fr').recorded().size).toBe(0);
    expect(documentsIn(dir)).toEqual({});
  });
});
