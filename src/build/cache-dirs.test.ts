import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheRootOf, pruneContentCaches, recordContentDir } from './cache-dirs.ts';

const work = mkdtempSync(join(tmpdir(), 'docs-caches-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('content cache folders', () => {
  const root = join(work, '.astro');
  const cache = (hash: string) => {
    const dir = join(root, `content-${hash}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'data-store.json'), '{}');
    return dir;
  };

  const DAY = 24 * 60 * 60 * 1000;

  it('are removed once the content folder they name is gone and no run has used them for a day', () => {
    const kept = join(work, 'kept-content');
    const gone = join(work, 'gone-content');
    mkdirSync(kept);
    mkdirSync(gone);
    const keptCache = cache('0123456789');
    const goneCache = cache('abcdef0123');
    const unnamed = cache('fedcba9876');
    recordContentDir(keptCache, kept);
    recordContentDir(goneCache, gone);
    expect(pruneContentCaches(root, Date.now() + 2 * DAY)).toEqual([]);
    rmSync(gone, { recursive: true });
    // A run may still be reading it (a server whose content folder was just deleted).
    expect(pruneContentCaches(root)).toEqual([]);
    expect(pruneContentCaches(root, Date.now() + 2 * DAY)).toEqual([goneCache]);
    expect([existsSync(keptCache), existsSync(goneCache), existsSync(unnamed)]).toEqual([true, false, true]);
  });

  it('never touch the default cache folder or folders of other names', () => {
    mkdirSync(join(root, 'other'), { recursive: true });
    recordContentDir(root, join(work, 'nowhere'));
    expect(existsSync(join(root, 'content-dir.txt'))).toBe(false);
    expect(pruneContentCaches(root, Date.now() + 2 * DAY)).toEqual([]);
    expect(existsSync(join(root, 'other'))).toBe(true);
    expect(cacheRootOf(join(root, 'content-0123456789'))).toBe(root);
    expect(cacheRootOf(root)).toBe(root);
  });
});
