import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStatePaths } from '../../src/build/manifest.ts';
import { readEnvironment } from '../../src/config/env.ts';
import { buildSite, readPage, ROOT } from './helpers.ts';

// A content folder of its own, so this test has its own cache (the cache folder is named by CONTENT_DIR).
const work = mkdtempSync(join(tmpdir(), 'docs-cache-'));
const content = join(work, 'content');
const out = join(work, 'dist');
cpSync(join(ROOT, 'tests/fixtures/basic'), content, { recursive: true });
const { cacheDir } = readEnvironment(ROOT, { CONTENT_DIR: content });
const contentCache = buildStatePaths(cacheDir).contentDir;
const contentFiles = () => readdirSync(contentCache).sort();
const article = () => readPage('/docs/guides/setup/', out).querySelector('article')!.text;

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('the content cache', () => {
  it('keeps page bodies and Markdown copies out of the data store, in files of their own', async () => {
    await buildSite({ CONTENT_DIR: content, OUT_DIR: out });
    expect(article()).toContain('Hello from a partial.');
    const store = readFileSync(join(cacheDir, 'data-store.json'), 'utf8');
    expect(store).not.toContain('Hello from a partial.');
    const files = contentFiles();
    // One per page: the fixture's pages and the generated tag reference.
    expect(files.length).toBe(readdirSync(join(content, 'docs'), { recursive: true }).filter((f) => String(f).endsWith('.mdoc')).length + 1);
    expect(files.some((f) => readFileSync(join(contentCache, f), 'utf8').includes('Hello from a partial.'))).toBe(true);
  }, 120_000);

  it('rebuilds an edited page, keeps the others and drops the stale file', async () => {
    const before = contentFiles();
    appendFileSync(join(content, 'docs/guides/setup.mdoc'), '\nA sentence added since the last build.\n');
    await buildSite({ CONTENT_DIR: content, OUT_DIR: out });
    expect(article()).toContain('A sentence added since the last build.');
    const after = contentFiles();
    expect(after.length).toBe(before.length);
    expect(after.filter((f) => !before.includes(f))).toHaveLength(1);
  }, 120_000);

  it('shows an edited title on every page that names it, though only that page was compiled again', async () => {
    const before = contentFiles();
    const setup = join(content, 'docs/guides/setup.mdoc');
    writeFileSync(setup, readFileSync(setup, 'utf8').replace('title: Setup', 'title: Setting up'));
    await buildSite({ CONTENT_DIR: content, OUT_DIR: out });
    // One content file is new, the edited page's: every other page came from the cache.
    const after = contentFiles();
    expect(after.filter((f) => !before.includes(f))).toHaveLength(1);
    expect(before.filter((f) => !after.includes(f))).toHaveLength(1);
    const home = readPage('/docs/', out);
    const inSidebar = home.querySelectorAll('#site-nav a').find((a) => a.getAttribute('href') === '/docs/guides/setup/');
    expect(inSidebar?.text.trim()).toBe('Setting up');
  }, 120_000);

  it('takes pages from their content files when Astro has cleared its data store, compiling none', async () => {
    const files = contentFiles();
    const written = (f: string) => statSync(join(contentCache, f)).mtimeMs;
    const times = files.map(written);
    const before = readFileSync(join(out, 'docs/guides/setup/index.html'), 'utf8');
    // What Astro does when its config changes (a dev server's port among it): an empty store.
    rmSync(join(cacheDir, 'data-store.json'));
    await buildSite({ CONTENT_DIR: content, OUT_DIR: out });
    expect(contentFiles()).toEqual(files);
    expect(contentFiles().map(written)).toEqual(times);
    expect(readFileSync(join(out, 'docs/guides/setup/index.html'), 'utf8')).toBe(before);
    expect(readFileSync(join(cacheDir, 'data-store.json'), 'utf8')).toContain('Setting up');
  }, 120_000);

  it('compiles pages again when their content files are gone', async () => {
    rmSync(contentCache, { recursive: true });
    await buildSite({ CONTENT_DIR: content, OUT_DIR: out });
    expect(article()).toContain('A sentence added since the last build.');
    expect(existsSync(contentCache)).toBe(true);
  }, 120_000);
});
