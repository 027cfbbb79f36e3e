import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAlive, ownPrefix, removeOrphans } from './orphans.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'orphans-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('removeOrphans', () => {
  it('removes the files and folders of a kind left by processes that are gone, and nothing else', () => {
    mkdirSync(join(dir, 'docs-search-100-a1b2c3/docs/page'), { recursive: true });
    writeFileSync(join(dir, 'docs-search-100-a1b2c3/docs/page/index.html'), '<p>left</p>');
    mkdirSync(join(dir, 'docs-search-200-d4e5f6'));
    mkdirSync(join(dir, 'docs-search-300-g7h8i9'));
    mkdirSync(join(dir, 'docs-search-Xy12ab'));
    writeFileSync(join(dir, 'docs-search-400-file'), '');
    writeFileSync(join(dir, 'pagefind-100-1-a.log'), '');
    const alive = (pid: number) => pid === 200;
    expect(removeOrphans(dir, 'docs-search-', 300, alive, Date.now() + HOUR).sort()).toEqual(['docs-search-100-a1b2c3', 'docs-search-400-file']);
    // Its own, a live process's, one not named after a process, and other kinds stay.
    expect(readdirSync(dir).sort()).toEqual(['docs-search-200-d4e5f6', 'docs-search-300-g7h8i9', 'docs-search-Xy12ab', 'pagefind-100-1-a.log']);
  });

  it('looks at a folder once per kind in a process, and finds nothing in a folder that does not exist', () => {
    writeFileSync(join(dir, 'kind-a-100-x'), '');
    expect(removeOrphans(dir, 'kind-a-', 1, () => false, Date.now() + HOUR)).toEqual(['kind-a-100-x']);
    writeFileSync(join(dir, 'kind-a-100-y'), '');
    expect(removeOrphans(dir, 'kind-a-', 1, () => false, Date.now() + HOUR)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['kind-a-100-y']);
    expect(removeOrphans(join(dir, 'missing'), 'kind-a-', 1, () => false, Date.now() + HOUR)).toEqual([]);
  });

  it('leaves what was made in the last minutes: a process it cannot see may be using it', () => {
    writeFileSync(join(dir, 'kind-b-100-x'), '');
    expect(removeOrphans(dir, 'kind-b-', 1, () => false, Date.now() + 9 * MINUTE)).toEqual([]);
    expect(removeOrphans(dir, 'kind-b-', 2, () => false, Date.now() + 11 * MINUTE)).toEqual(['kind-b-100-x']);
  });

  it('names this process in its own names', () => {
    expect(ownPrefix('docs-search-')).toBe(`docs-search-${process.pid}-`);
    expect(ownPrefix('docs-search-', 42)).toBe('docs-search-42-');
  });
});

describe('isAlive', () => {
  it('tells a process that exists from one that does not', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(process.ppid)).toBe(true);
    // Beyond the largest process id Linux gives (2^22).
    expect(isAlive(99_999_999)).toBe(false);
  });
});
