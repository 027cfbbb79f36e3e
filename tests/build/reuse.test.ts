import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStatePaths, readManifest } from '../../src/build/manifest.ts';
import { readEnvironment } from '../../src/config/env.ts';
import { buildSite, fileDigests, readPage, reuseCounts, ROOT, runBuildScript } from './helpers.ts';

// A content folder of its own, so this test has its own cache and build record.
const work = mkdtempSync(join(tmpdir(), 'docs-reuse-'));
const content = join(work, 'content');
const out = join(work, 'site');
cpSync(join(ROOT, 'tests/fixtures/basic'), content, { recursive: true });
const { cacheDir } = readEnvironment(ROOT, { CONTENT_DIR: content });
const env = { CONTENT_DIR: content, OUT_DIR: out };

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

/** The docs pages of a built site (not the pages forwarding old URLs), by their HTML file. */
const docsPages = (dir: string) =>
  Object.keys(fileDigests(dir)).filter((f) => /^\/docs\/.*index\.html$/.test(f) && readFileSync(join(dir, f), 'utf8').includes('<article'));

/** Builds the same content from scratch, every page rendered, and compares it with the rebuilt site. */
async function expectSameAsFullBuild(): Promise<void> {
  const full = join(work, 'full');
  rmSync(full, { recursive: true, force: true });
  await buildSite({ CONTENT_DIR: content, OUT_DIR: full });
  expect(fileDigests(out)).toEqual(fileDigests(full));
}

describe('rebuilds', () => {
  it('render every page the first time and record them for the next build', async () => {
    const { code, output } = await runBuildScript(env);
    expect(code, output).toBe(0);
    expect(reuseCounts(output)).toBeUndefined();
    // The manifest records every docs page as published, with no plan left over.
    const manifest = readManifest(buildStatePaths(cacheDir).manifestFile);
    const urls = docsPages(out).map((f) => f.slice(0, -'index.html'.length));
    expect(Object.keys(manifest.pages).sort()).toEqual(expect.arrayContaining(urls.sort()));
    for (const url of urls) {
      expect(manifest.pages[url]?.built?.html, url).toMatch(/^[0-9a-f]{40}$/);
      expect(manifest.pages[url]?.planned, url).toBeUndefined();
    }
  }, 180_000);

  it('render only an edited page, and publish exactly what a full build publishes', async () => {
    const pages = docsPages(out).length;
    const before = fileDigests(out);
    appendFileSync(join(content, 'docs/guides/setup.mdoc'), '\nA sentence added since the last build.\n');
    const { code, output } = await runBuildScript(env);
    expect(code, output).toBe(0);
    expect(reuseCounts(output)).toEqual({ rendered: 1, taken: pages - 1 });
    expect(readPage('/docs/guides/setup/', out).querySelector('article')!.text).toContain('A sentence added since the last build.');
    expect(readFileSync(join(out, 'docs/guides/setup/index.md'), 'utf8')).toContain('A sentence added since the last build.');
    const after = fileDigests(out);
    expect(after['/docs/guides/nested/index.html']).toBe(before['/docs/guides/nested/index.html']);
    expect(after['/docs/guides/setup/index.html']).not.toBe(before['/docs/guides/setup/index.html']);
    // The search index holds the new sentence; the sitemap still lists every page, carried over or not.
    const fragments = Object.keys(after)
      .filter((f) => f.startsWith('/pagefind/fragment/'))
      .map((f) => JSON.parse(gunzipSync(readFileSync(join(out, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string });
    expect(fragments.find((f) => f.url === '/docs/guides/setup/')?.content).toContain('A sentence added since the last build.');
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    for (const page of docsPages(out)) expect(sitemap, page).toContain(`<loc>https://docs.example.com${page.slice(0, -'index.html'.length)}</loc>`);
    await expectSameAsFullBuild();
  }, 240_000);

  it('render again every page whose sidebar names an edited title', async () => {
    const setup = join(content, 'docs/guides/setup.mdoc');
    writeFileSync(setup, readFileSync(setup, 'utf8').replace('title: Setup', 'title: Setting up'));
    const { code, output } = await runBuildScript(env);
    expect(code, output).toBe(0);
    // The fixture is small enough for every page to show the whole sidebar.
    expect(reuseCounts(output)).toBeUndefined();
    for (const page of docsPages(out)) {
      const url = page.slice(0, -'index.html'.length);
      const link = readPage(url, out).querySelectorAll('#site-nav a').find((a) => a.getAttribute('href') === '/docs/guides/setup/');
      expect(link?.text.trim(), url).toBe('Setting up');
    }
    await expectSameAsFullBuild();
  }, 240_000);

  it('render a page again when its published file is not the one the last build wrote', async () => {
    const pages = docsPages(out).length;
    const nested = join(out, 'docs/guides/nested/index.html');
    const published = readFileSync(nested, 'utf8');
    rmSync(nested);
    writeFileSync(nested, published.replace('</article>', '<p>Changed by hand.</p></article>'));
    const { code, output } = await runBuildScript(env);
    expect(code, output).toBe(0);
    expect(reuseCounts(output)).toEqual({ rendered: 1, taken: pages - 1 });
    expect(readFileSync(nested, 'utf8')).toBe(published);
  }, 180_000);

  it('render every page when the site moves under another base path', async () => {
    const { code, output } = await runBuildScript({ ...env, BASE_PATH: '/docs-site/' });
    expect(code, output).toBe(0);
    expect(reuseCounts(output)).toBeUndefined();
    expect(readPage('/docs/guides/setup/', out).querySelector('link[rel="canonical"]')?.getAttribute('href')).toContain('/docs-site/docs/guides/setup/');
  }, 180_000);

  it('render every page with --force', async () => {
    const { code, output } = await runBuildScript(env, ['--force']);
    expect(code, output).toBe(0);
    expect(reuseCounts(output)).toBeUndefined();
    await expectSameAsFullBuild();
  }, 240_000);
});
