import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceFiles, sourcesDigest } from './code-sources';

const root = mkdtempSync(join(tmpdir(), 'docs-sources-'));
mkdirSync(join(root, 'src/code'), { recursive: true });
writeFileSync(join(root, 'src/code/a.ts'), 'export const a = 1;\n');
writeFileSync(join(root, 'src/code/a.test.ts'), 'test\n');
writeFileSync(join(root, 'config.mjs'), 'export default {};\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SOURCES = ['src/code', 'config.mjs', 'missing.json'];

describe('sourceFiles', () => {
  it('lists the files of folders without their tests, and files by name', () => {
    expect(sourceFiles(root, SOURCES)).toEqual([join(root, 'src/code/a.ts'), join(root, 'config.mjs'), join(root, 'missing.json')]);
  });
});

describe('sourcesDigest', () => {
  it('changes with a source, a new file or a renamed one, and not with a test', () => {
    const before = sourcesDigest(root, SOURCES);
    writeFileSync(join(root, 'src/code/a.test.ts'), 'another test\n');
    expect(sourcesDigest(root, SOURCES)).toBe(before);
    writeFileSync(join(root, 'missing.json'), '{}\n');
    const created = sourcesDigest(root, SOURCES);
    expect(created).not.toBe(before);
    writeFileSync(join(root, 'src/code/a.ts'), 'export const a = 2;\n');
    expect(sourcesDigest(root, SOURCES)).not.toBe(created);
    rmSync(join(root, 'missing.json'));
    writeFileSync(join(root, 'src/code/b.ts'), '{}\n');
    expect(sourcesDigest(root, SOURCES)).not.toBe(created);
  });
});
