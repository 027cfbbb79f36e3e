import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint, digest, htmlFile, PageReuse, pageKey, parseBuildRecord, type BuildRecord } from './page-reuse';

const work = mkdtempSync(join(tmpdir(), 'page-reuse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes a page's `index.html` into an output folder. */
function publish(outDir: string, url: string, html: string): void {
  mkdirSync(join(outDir, url), { recursive: true });
  writeFileSync(htmlFile(outDir, url), html);
}

describe('pageKey', () => {
  const entry = { id: 'guides/setup', digest: 'd1' };
  const layout = { title: 'Setup', nav: [{ label: 'Setup', href: '/docs/guides/setup/' }] };
  it('is the same for the same code, entry and layout data', () => {
    expect(pageKey('f', entry, layout)).toBe(pageKey('f', { ...entry }, structuredClone(layout)));
  });
  it('changes with the code, the entry and any layout data', () => {
    const key = pageKey('f', entry, layout);
    expect(pageKey('g', entry, layout)).not.toBe(key);
    expect(pageKey('f', { ...entry, digest: 'd2' }, layout)).not.toBe(key);
    expect(pageKey('f', { ...entry, id: 'guides/other' }, layout)).not.toBe(key);
    expect(pageKey('f', entry, { ...layout, nav: [{ label: 'Setting up', href: '/docs/guides/setup/' }] })).not.toBe(key);
  });
});

describe('PageReuse', () => {
  const previousDir = join(work, 'previous');
  const outDir = join(work, 'out');
  publish(previousDir, '/docs/a/', '<p>a</p>');
  publish(previousDir, '/docs/b/', '<p>b</p>');
  publish(previousDir, '/docs/c/', '<p>c, edited by hand</p>');
  const previous: BuildRecord = {
    version: 1,
    pages: {
      '/docs/a/': { key: 'ka', html: digest('<p>a</p>') },
      '/docs/b/': { key: 'kb', html: digest('<p>b</p>') },
      '/docs/c/': { key: 'kc', html: digest('<p>c</p>') },
      '/docs/gone/': { key: 'kg', html: digest('<p>gone</p>') },
    },
  };

  it('carries over a page only when its key and its published file are the ones recorded', () => {
    const reuse = new PageReuse('f', previousDir, previous);
    expect(reuse.carryOver('/docs/a/', 'ka')).toBe(true);
    // Another key: something the page is made from changed.
    expect(reuse.carryOver('/docs/b/', 'kb2')).toBe(false);
    // The file is not the one that build wrote (changed since, or another build's).
    expect(reuse.carryOver('/docs/c/', 'kc')).toBe(false);
    // The file is gone.
    expect(reuse.carryOver('/docs/gone/', 'kg')).toBe(false);
    // A page the previous build did not have.
    expect(reuse.carryOver('/docs/new/', 'kn')).toBe(false);
    expect([...reuse.carried.keys()]).toEqual(['/docs/a/']);
    expect([...reuse.rendered.keys()]).toEqual(['/docs/b/', '/docs/c/', '/docs/gone/', '/docs/new/']);
  });

  it('carries nothing over without a previous build or its record', () => {
    expect(new PageReuse('f', undefined, previous).carryOver('/docs/a/', 'ka')).toBe(false);
    expect(new PageReuse('f', previousDir, undefined).carryOver('/docs/a/', 'ka')).toBe(false);
  });

  it('records carried pages as they were and rendered pages as written, for the next build', () => {
    const reuse = new PageReuse('f', previousDir, previous);
    reuse.carryOver('/docs/a/', 'ka');
    reuse.carryOver('/docs/b/', 'kb2');
    reuse.carryOver('/docs/new/', 'kn');
    publish(outDir, '/docs/b/', '<p>b, new</p>');
    // /docs/new/ produced no file: it is not recorded, so it can never be carried over.
    expect(reuse.record(outDir)).toEqual({
      version: 1,
      pages: {
        '/docs/a/': { key: 'ka', html: digest('<p>a</p>') },
        '/docs/b/': { key: 'kb2', html: digest('<p>b, new</p>') },
      },
    });
  });
});

describe('parseBuildRecord', () => {
  it('reads a record and refuses anything else', () => {
    const record: BuildRecord = { version: 1, pages: { '/docs/': { key: 'k', html: 'h' } } };
    expect(parseBuildRecord(JSON.stringify(record))).toEqual(record);
    expect(parseBuildRecord(undefined)).toBeUndefined();
    expect(parseBuildRecord('{"version": 1, "pag')).toBeUndefined();
    expect(parseBuildRecord('{"version": 2, "pages": {}}')).toBeUndefined();
    expect(parseBuildRecord('{"version": 1}')).toBeUndefined();
    expect(parseBuildRecord('null')).toBeUndefined();
  });
});

describe('codeFingerprint', () => {
  const root = join(work, 'project');
  mkdirSync(join(root, 'src/components'), { recursive: true });
  writeFileSync(join(root, 'src/components/Page.astro'), '<main />');
  writeFileSync(join(root, 'package-lock.json'), '{}');

  it('changes with a source file, a config file, the lock file or a setting', () => {
    const before = codeFingerprint(root, { base: '/' });
    expect(codeFingerprint(root, { base: '/' })).toBe(before);
    expect(codeFingerprint(root, { base: '/docs-site/' })).not.toBe(before);
    writeFileSync(join(root, 'src/components/Page.astro'), '<main class="x" />');
    const edited = codeFingerprint(root, { base: '/' });
    expect(edited).not.toBe(before);
    writeFileSync(join(root, 'astro.config.mjs'), 'export default {}');
    const configured = codeFingerprint(root, { base: '/' });
    expect(configured).not.toBe(edited);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3}');
    expect(codeFingerprint(root, { base: '/' })).not.toBe(configured);
  });

  it('leaves tests out: they change no page', () => {
    const before = codeFingerprint(root, {});
    writeFileSync(join(root, 'src/components/page.test.ts'), 'it("works", () => {});');
    expect(codeFingerprint(root, {})).toBe(before);
  });
});
