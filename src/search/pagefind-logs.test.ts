import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogFiles } from './pagefind-logs.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-logs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('LogFiles', () => {
  it('names a new log in its folder after its process, a different one each time', () => {
    const logs = new LogFiles(dir, 4242, () => true);
    const first = logs.create();
    const second = logs.create();
    expect(dirname(first)).toBe(dir);
    expect(basename(first)).toMatch(/^pagefind-4242-.+\.log$/);
    expect(second).not.toBe(first);
  });

  it('removes a log once read or given up, and every one left when the process stops', async () => {
    const logs = new LogFiles(dir, 4242, () => true);
    const files = [logs.create(), logs.create(), logs.create()];
    for (const file of files) writeFileSync(file, 'log');
    await logs.remove(files[0]!);
    expect(existsSync(files[0]!)).toBe(false);
    logs.removeAll();
    expect(readdirSync(dir)).toEqual([]);
    // A log Pagefind never wrote is no failure.
    await logs.remove(logs.create());
  });

  it('removes, when it makes its first log, the logs of processes that are gone, and no other file', () => {
    const names = ['pagefind-100-1-a.log', 'pagefind-200-1-b.log', 'pagefind-300-1-c.log', 'pagefind-index-xyz', 'other.log', 'pagefind-x-1.log'];
    // Left an hour ago.
    const before = new Date(Date.now() - 60 * 60_000);
    for (const name of names) {
      writeFileSync(join(dir, name), '');
      utimesSync(join(dir, name), before, before);
    }
    const asked: number[] = [];
    const logs = new LogFiles(dir, 300, (pid) => {
      asked.push(pid);
      return pid === 200;
    });
    const mine = logs.create();
    expect(readdirSync(dir).sort()).toEqual(['other.log', 'pagefind-200-1-b.log', 'pagefind-300-1-c.log', 'pagefind-index-xyz', 'pagefind-x-1.log']);
    // Its own process's logs are never in question; the folder is looked at once.
    expect(asked.sort()).toEqual([100, 200]);
    writeFileSync(join(dir, 'pagefind-100-2-d.log'), '');
    utimesSync(join(dir, 'pagefind-100-2-d.log'), before, before);
    logs.create();
    expect(existsSync(join(dir, 'pagefind-100-2-d.log'))).toBe(true);
    expect(basename(mine)).toMatch(/^pagefind-300-/);
  });
});
