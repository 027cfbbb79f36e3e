import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, listFilesSync } from './files';

describe('listFiles and listFilesSync', () => {
  const dir = mkdtempSync(join(tmpdir(), 'list-files-'));
  mkdirSync(join(dir, 'b/c'), { recursive: true });
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'z.mdoc'), '');
  writeFileSync(join(dir, 'b/a.mdoc'), '');
  writeFileSync(join(dir, 'b/c/d.md'), '');

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
