import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyManifest, parseManifest, readManifest, withPages, writeManifest, type Manifest } from './manifest.ts';

const work = mkdtempSync(join(tmpdir(), 'manifest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('readManifest and writeManifest', () => {
  it('reads what was written', () => {
    const file = join(work, 'manifest.json');
    const manifest: Manifest = { version: 2, pages: { '/docs/': { url: '/docs/', title: 'Home', content: 'c.json', anchors: ['a'], built: { key: 'k', html: 'h' } } } };
    writeManifest(file, manifest);
    expect(readManifest(file)).toEqual(manifest);
    // The same from the file's text, as read once by a caller that keeps it.
    expect(parseManifest(readFileSync(file, 'utf8'))).toEqual(manifest);
  });
  it('reads anything missing, broken or of another version as empty', () => {
    expect(readManifest(join(work, 'none.json'))).toEqual(emptyManifest());
    for (const text of ['{"version": 2, "pag', '{"version": 1, "pages": {}}', '{"version": 2}', 'null']) {
      writeFileSync(join(work, 'bad.json'), text);
      expect(readManifest(join(work, 'bad.json')), text).toEqual(emptyManifest());
      expect(parseManifest(text), text).toEqual(emptyManifest());
    }
  });
});

describe('withPages', () => {
  it('keeps what the last build published for pages still there, and drops plans and gone pages', () => {
    const previous: Manifest = {
      version: 2,
      pages: {
        '/docs/a/': { url: '/docs/a/', title: 'A', content: 'a1.json', anchors: [], built: { key: 'ka', html: 'ha' }, planned: { key: 'ka2', carried: false } },
        '/docs/gone/': { url: '/docs/gone/', title: 'Gone', content: 'g.json', anchors: [], built: { key: 'kg', html: 'hg' } },
      },
    };
    const next = withPages(previous, [
      { url: '/docs/a/', title: 'A, renamed', content: 'a2.json', anchors: ['x'] },
      { url: '/docs/new/', title: 'New', description: 'Fresh', content: 'n.json', anchors: [] },
    ]);
    expect(next).toEqual({
      version: 2,
      pages: {
        '/docs/a/': { url: '/docs/a/', title: 'A, renamed', content: 'a2.json', anchors: ['x'], built: { key: 'ka', html: 'ha' } },
        '/docs/new/': { url: '/docs/new/', title: 'New', description: 'Fresh', content: 'n.json', anchors: [] },
      },
    });
    expect(Object.keys(next.pages)).toEqual(['/docs/a/', '/docs/new/']);
  });
});
