import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint, pipelineFingerprint, sourceFiles, sourcesDigest } from './fingerprint.ts';

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

describe('codeFingerprint', () => {
  const project = join(root, 'fingerprinted');
  mkdirSync(join(project, 'src/components'), { recursive: true });
  writeFileSync(join(project, 'src/components/Page.astro'), '<main />');
  writeFileSync(join(project, 'package-lock.json'), '{}');

  it('changes with a source file, a config file, the lock file or a setting', () => {
    const before = codeFingerprint(project, { base: '/' });
    expect(codeFingerprint(project, { base: '/' })).toBe(before);
    expect(codeFingerprint(project, { base: '/docs-site/' })).not.toBe(before);
    writeFileSync(join(project, 'src/components/Page.astro'), '<main class="x" />');
    const edited = codeFingerprint(project, { base: '/' });
    expect(edited).not.toBe(before);
    writeFileSync(join(project, 'astro.config.mjs'), 'export default {}');
    const configured = codeFingerprint(project, { base: '/' });
    expect(configured).not.toBe(edited);
    writeFileSync(join(project, 'package-lock.json'), '{"lockfileVersion": 3}');
    expect(codeFingerprint(project, { base: '/' })).not.toBe(configured);
  });

  it('leaves tests out: they change no page', () => {
    const before = codeFingerprint(project, {});
    writeFileSync(join(project, 'src/components/page.test.ts'), 'it("works", () => {});');
    expect(codeFingerprint(project, {})).toBe(before);
  });
});

describe('pipelineFingerprint', () => {
  const config = { tags: { note: { render: 'Note', transform: () => 'a' } } };
  it("changes with the sources, a tag's code, the site config and the base path", () => {
    const before = pipelineFingerprint('s', config, { title: 'T' }, '/');
    expect(pipelineFingerprint('s', { tags: { note: { render: 'Note', transform: () => 'a' } } }, { title: 'T' }, '/')).toBe(before);
    expect(pipelineFingerprint('s2', config, { title: 'T' }, '/')).not.toBe(before);
    expect(pipelineFingerprint('s', { tags: { note: { render: 'Note', transform: () => 'b' } } }, { title: 'T' }, '/')).not.toBe(before);
    expect(pipelineFingerprint('s', config, { title: 'U' }, '/')).not.toBe(before);
    expect(pipelineFingerprint('s', config, { title: 'T' }, '/docs-site/')).not.toBe(before);
  });
});
