import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, fileDigests, readPage, reuseCounts, runBuildScript, scratchProject } from './helpers.ts';

// A copy of the whole project: these tests edit its code (a tag, a component, a style, the site
// config, the lock file), which must never touch the project the other tests build.
const project = scratchProject('basic');
const out = join(project.root, 'dist');
const full = join(project.root, 'full');
afterAll(() => project.remove());

/** The docs pages of the built site (not the pages forwarding old URLs), by URL. */
function docsPages(dir: string): string[] {
  return Object.keys(fileDigests(dir))
    .filter((f) => /^\/docs\/.*index\.html$/.test(f) && readFileSync(join(dir, f), 'utf8').includes('<article'))
    .map((f) => f.slice(0, -'index.html'.length))
    .sort();
}

/** Rebuilds as `npm run build` does, taking unchanged pages from the site it replaces. */
async function rebuild(): Promise<{ rendered: number; taken: number } | undefined> {
  const { code, output } = await runBuildScript({}, [], project.root);
  expect(code, output).toBe(0);
  return reuseCounts(output);
}

/**
 * Builds the same project from nothing (a fresh content cache, every page rendered) and expects
 * the rebuilt site to be that site, byte for byte.
 */
async function expectSameAsFullBuild(): Promise<void> {
  rmSync(full, { recursive: true, force: true });
  await buildSite({ OUT_DIR: full }, project.root, ['--force']).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`The full build failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  });
  const built = fileDigests(out);
  expect(Object.keys(built).sort()).toEqual(Object.keys(fileDigests(full)).sort());
  expect(built).toEqual(fileDigests(full));
}

const article = (url: string) => readPage(url, out).querySelector('article')!;

describe('a rebuild after an edit outside a page', () => {
  let pages: string[] = [];

  it('starts from a full build', async () => {
    expect(await rebuild()).toBeUndefined();
    pages = docsPages(out);
    expect(pages).toEqual(['/docs/', '/docs/contributing/tags/', '/docs/guides/nested/', '/docs/guides/setup/']);
  }, 180_000);

  it('renders the pages that include an edited partial, takes the others over, and publishes what a full build publishes', async () => {
    writeFileSync(join(project.contentDir, 'partials/hello.md'), 'Hello from an edited partial.\n');
    expect(await rebuild()).toEqual({ rendered: 1, taken: pages.length - 1 });
    expect(article('/docs/guides/setup/').text).toContain('Hello from an edited partial.');
    expect(readFileSync(join(out, 'docs/guides/setup/index.md'), 'utf8')).toContain('Hello from an edited partial.');
    await expectSameAsFullBuild();
  }, 240_000);

  it('renders every page after a tag schema changes, and the pages show the new schema', async () => {
    // The callout's example is rendered live on the tag reference page.
    project.edit('src/markdoc/tags/callout.ts', 'A passage set apart from the text.', 'A passage set apart from the prose.');
    expect(await rebuild()).toBeUndefined();
    expect(article('/docs/contributing/tags/').text).toContain('A passage set apart from the prose.');
    expect(article('/docs/contributing/tags/').text).not.toContain('A passage set apart from the text.');
    await expectSameAsFullBuild();
  }, 240_000);

  it('renders every page after a component changes, and the pages show the new component', async () => {
    project.edit('src/components/content/Callout.astro', 'role="note"', 'role="note" data-callout-kind={kind}');
    expect(await rebuild()).toBeUndefined();
    const callouts = article('/docs/contributing/tags/').querySelectorAll('[role="note"]');
    expect(callouts.length).toBeGreaterThan(0);
    for (const callout of callouts) expect(callout.getAttribute('data-callout-kind')).toMatch(/^(info|note|tip|warning|danger)$/);
    await expectSameAsFullBuild();
  }, 240_000);

  it('renders every page after a style changes, and every page links the new stylesheet', async () => {
    const stylesheets = (url: string) =>
      readPage(url, out)
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) => l.getAttribute('href'));
    const before = stylesheets('/docs/');
    project.edit('src/styles/global.css', /$/, '\n.invalidation-test-marker { outline: 1px solid; }\n');
    expect(await rebuild()).toBeUndefined();
    for (const url of pages) expect(stylesheets(url), url).not.toEqual(before);
    const css = stylesheets('/docs/').map((href) => readFileSync(join(out, href!), 'utf8')).join('');
    expect(css).toContain('.invalidation-test-marker');
    await expectSameAsFullBuild();
  }, 240_000);

  it('renders every page after the site config changes, and every page shows the new setting', async () => {
    project.edit('src/site.config.ts', "title: 'Platform Docs'", "title: 'Scratch Docs'");
    expect(await rebuild()).toBeUndefined();
    for (const url of pages) expect(readPage(url, out).querySelector('title')!.text, url).toMatch(/ — Scratch Docs$|^Scratch Docs$/);
    await expectSameAsFullBuild();
  }, 240_000);

  it('renders every page after the lock file changes (another version of a package may render differently)', async () => {
    project.edit('package-lock.json', '"name": "markdoc-docs"', '"name": "markdoc-docs-locked-again"');
    expect(await rebuild()).toBeUndefined();
    await expectSameAsFullBuild();
  }, 240_000);

  it('takes every page over when nothing changed', async () => {
    expect(await rebuild()).toEqual({ rendered: 0, taken: pages.length });
  }, 180_000);
});
