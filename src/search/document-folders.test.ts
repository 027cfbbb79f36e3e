import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFilesSync } from '../build/files.ts';
import { DocumentFolder, MirrorFolder } from './document-folders.ts';

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

describe('MirrorFolder', () => {
  /** A folder of three documents, and a mirror of it. */
  async function setUp() {
    const documents = new DocumentFolder(join(root, 'dev-search'), 'en');
    for (const name of ['a', 'b', 'c']) await documents.write(`/docs/${name}/`, `<p>${name} 1</p>`);
    return { documents, mirror: new MirrorFolder(join(root, 'dev-search-held'), documents, 'en') };
  }

  it('holds the documents asked for as they were when placed, and no others', async () => {
    const { documents, mirror } = await setUp();
    await mirror.mirror(new Map([['/docs/a/', 'a1'], ['/docs/b/', 'b1']]));
    expect(documentsIn(mirror.dir)).toEqual({ '/docs/a/': '<p>a 1</p>', '/docs/b/': '<p>b 1</p>' });

    // A document rewritten in the source is replaced there, not changed in place: the mirror keeps it as it was.
    await documents.write('/docs/a/', '<p>a 2</p>');
    expect(documentsIn(mirror.dir)['/docs/a/']).toBe('<p>a 1</p>');

    // Placed again when what it is made from changed; taken out when no longer asked for.
    await mirror.mirror(new Map([['/docs/a/', 'a2'], ['/docs/c/', 'c1']]));
    expect(documentsIn(mirror.dir)).toEqual({ '/docs/a/': '<p>a 2</p>', '/docs/c/': '<p>c 1</p>' });
    const record = JSON.parse(readFileSync(`${mirror.dir}.json`, 'utf8')) as { format: string; written: [string, string][] };
    expect(record.format).toBe('en');
    expect(new Map(record.written)).toEqual(new Map([['/docs/a/', 'a2'], ['/docs/c/', 'c1']]));
  });

  it('changes only the documents that changed, also after a restart, by its record', async () => {
    const { documents, mirror } = await setUp();
    const pages = new Map([['/docs/a/', 'a1'], ['/docs/b/', 'b1']]);
    await mirror.mirror(pages);
    const placed = statSync(join(mirror.dir, 'docs/b/index.html')).ino;

    const restarted = new MirrorFolder(mirror.dir, documents, 'en');
    await documents.write('/docs/a/', '<p>a 2</p>');
    await restarted.mirror(new Map([['/docs/a/', 'a2'], ['/docs/b/', 'b1']]));
    expect(statSync(join(mirror.dir, 'docs/b/index.html')).ino).toBe(placed);
    expect(documentsIn(mirror.dir)).toEqual({ '/docs/a/': '<p>a 2</p>', '/docs/b/': '<p>b 1</p>' });
  });

  it('places every document again when its record is gone or was made another way', async () => {
    const { documents, mirror } = await setUp();
    await mirror.mirror(new Map([['/docs/a/', 'a1'], ['/docs/b/', 'b1']]));
    await documents.write('/docs/b/', '<p>b 2</p>');

    rmSync(`${mirror.dir}.json`);
    await new MirrorFolder(mirror.dir, documents, 'en').mirror(new Map([['/docs/b/', 'b1']]));
    // Its record said nothing of what it held: /docs/b/ is placed again as the source has it, /docs/a/ taken out.
    expect(documentsIn(mirror.dir)).toEqual({ '/docs/b/': '<p>b 2</p>' });

    await documents.write('/docs/b/', '<p>b 3</p>');
    await new MirrorFolder(mirror.dir, documents, 'fr').mirror(new Map([['/docs/b/', 'b1']]));
    expect(documentsIn(mirror.dir)).toEqual({ '/docs/b/': '<p>b 3</p>' });
  });

  it('fails when a document is missing from the source, leaving no record that could be wrong; the next call places it', async () => {
    const { documents, mirror } = await setUp();
    await expect(mirror.mirror(new Map([['/docs/missing/', 'm1']]))).rejects.toThrow(/ENOENT/);
    expect(existsSync(`${mirror.dir}.json`)).toBe(false);
    await documents.write('/docs/missing/', '<p>m</p>');
    await mirror.mirror(new Map([['/docs/missing/', 'm1']]));
    expect(documentsIn(mirror.dir)).toEqual({ '/docs/missing/': '<p>m</p>' });
  });
});
