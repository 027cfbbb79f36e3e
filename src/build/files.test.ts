import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, listFilesSync, scratchRoot, writeFileWhole, writeFileWholeSync } from './files.ts';

describe('listFiles and listFilesSync', () => {
  const dir = mkdtempSync(join(tmpdir(), 'list-files-'));
  mkdirSync(join(dir, 'b/c'), { recursive: true });
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'z.mdoc'), '');
  writeFileSync(join(dir, 'b/a.mdoc'), '');
  writeFileSync(join(dir, 'b/c/d.md'), '');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('list the files below a folder, nested ones too, as sorted relative paths', async () => {
    const expected = ['b/a.mdoc', 'b/c/d.md', 'z.mdoc'];
    expect(await listFiles(dir)).toEqual(expected);
    expect(listFilesSync(dir)).toEqual(expected);
  });

  it('list nothing for a folder that does not exist', async () => {
    expect(await listFiles(join(dir, 'missing'))).toEqual([]);
    expect(listFilesSync(join(dir, 'missing'))).toEqual([]);
  });

  it('report any other failure', async () => {
    await expect(listFiles(join(dir, 'z.mdoc'))).rejects.toThrow();
    expect(() => listFilesSync(join(dir, 'z.mdoc'))).toThrow();
  });
});

describe('writeFileWhole and writeFileWholeSync', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  it('write a new file, then replace it, leaving nothing beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-whole-'));
    dirs.push(dir);
    await writeFileWhole(join(dir, 'page.json'), '{"a":1}');
    expect(readFileSync(join(dir, 'page.json'), 'utf8')).toBe('{"a":1}');
    await writeFileWhole(join(dir, 'page.json'), '{"a":2}');
    writeFileWholeSync(join(dir, 'manifest.json'), '{}');
    writeFileWholeSync(join(dir, 'manifest.json'), '{"b":1}');
    expect(readFileSync(join(dir, 'page.json'), 'utf8')).toBe('{"a":2}');
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe('{"b":1}');
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'page.json']);
  });

  it('leave the file as it was when the write fails, and no scratch file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-whole-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'page.json'), 'before');
    // A folder in the way of the rename.
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken', 'inside'), '');
    await expect(writeFileWhole(join(dir, 'taken'), 'after')).rejects.toThrow();
    await expect(writeFileWhole(join(dir, 'missing', 'page.json'), 'after')).rejects.toThrow();
    expect(readFileSync(join(dir, 'page.json'), 'utf8')).toBe('before');
    expect(readdirSync(dir).sort()).toEqual(['page.json', 'taken']);
  });
});

describe('scratchRoot', () => {
  const tmpfs = 0x01021994;
  const MB = 1024 * 1024;

  it('puts scratch files in memory when /dev/shm is tmpfs with room for twice them and 64 MB more', () => {
    expect(scratchRoot(10 * MB, { tmpdirSet: false, memory: { type: tmpfs, freeBytes: 84 * MB } })).toBe('/dev/shm');
  });

  it('keeps them on disk when the memory-backed folder is short of that room', () => {
    expect(scratchRoot(10 * MB, { tmpdirSet: false, memory: { type: tmpfs, freeBytes: 84 * MB - 1 } })).toBe(tmpdir());
    expect(scratchRoot(0, { tmpdirSet: false, memory: { type: tmpfs, freeBytes: 63 * MB } })).toBe(tmpdir());
  });

  it('keeps them on disk when /dev/shm is missing or not memory-backed', () => {
    expect(scratchRoot(MB, { tmpdirSet: false })).toBe(tmpdir());
    expect(scratchRoot(MB, { tmpdirSet: false, memory: { type: 0xef53, freeBytes: 1024 * MB } })).toBe(tmpdir());
  });

  it('follows TMPDIR when it is set', () => {
    expect(scratchRoot(MB, { tmpdirSet: true, memory: { type: tmpfs, freeBytes: 1024 * MB } })).toBe(tmpdir());
  });
});
