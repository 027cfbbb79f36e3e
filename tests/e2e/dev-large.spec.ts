import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { reportOutputOnFailure, startDevServer, type DevServer } from './dev-server';

// A site larger than the dev server compiles before it serves (200 pages), started with no cache:
// it serves at once, compiling the rest in the background, and a page asked for first.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const PAGES = 600;
const LAST = PAGES - 1;
const name = (n: number) => `section-${String(Math.floor(n / 50)).padStart(2, '0')}/page-${String(n).padStart(3, '0')}`;
/** The page that links to a page that does not exist, and where. */
const BROKEN = LAST - 1;
const BROKEN_AT = '12:27';

let dev: DevServer;
let contentDir: string;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  contentDir = mkdtempSync(join(tmpdir(), 'docs-large-'));
  mkdirSync(join(contentDir, 'docs'), { recursive: true });
  writeFileSync(join(contentDir, 'docs/index.mdoc'), '---\ntitle: Home\n---\n\nThe home page.\n');
  for (let n = 0; n < PAGES; n++) {
    const file = join(contentDir, 'docs', `${name(n)}.mdoc`);
    mkdirSync(resolve(file, '..'), { recursive: true });
    const extra = n === LAST ? 'A quokkaforest lives on this page only.' : 'Nothing special here.';
    writeFileSync(
      file,
      [
        '---',
        `title: Page ${n}`,
        '---',
        '',
        `Page ${n} of the large site. ${extra}`,
        '',
        '## Install {% #install %}',
        '',
        '```ts',
        `const page = ${n};`,
        '```',
        n === BROKEN ? 'See [a page that is gone](/docs/nowhere/).' : 'See [the home page](/docs/).',
        '',
        '## Use it',
        '',
        'Text.',
        '',
      ].join('\n'),
    );
  }
  dev = await startDevServer('', 4407, { root: resolve(import.meta.dirname, '../..'), contentDir });
});
test.afterEach(({}, info) => reportOutputOnFailure(() => dev, info.status !== info.expectedStatus));
test.afterAll(async () => {
  await dev?.stop();
  if (contentDir) rmSync(contentDir, { recursive: true, force: true });
});

test('a large site is served before every page is compiled; a page asked for is compiled first, whole', async ({ page }) => {
  const output = dev.output().replace(/\x1b\[[0-9;]*m/g, '');
  const serving = output.search(/Serving now: \d+ more pages are compiled in the background/);
  expect(serving, 'the loader holds the pages past the first 200').toBeGreaterThan(-1);
  expect(serving, 'and the server is ready before they are compiled').toBeLessThan(output.search(/ready in \d+ ms/));

  await page.goto(`${dev.url}/docs/${name(LAST)}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Page ${LAST}`);
  await expect(page.getByText('A quokkaforest lives on this page only.')).toBeVisible();
  // Compiled whole: its sections in the table of contents, its code highlighted.
  await expect(page.locator('nav.toc a[href="#use-it"]').first()).toHaveText('Use it');
  await expect(page.locator('pre.code code')).toContainText(`const page = ${LAST};`);
  await expect(page.locator('pre.code code span.line > span[class]').first()).toHaveText('const');
  // Every page is in the sidebar, compiled or not.
  await expect(page.locator(`#site-nav a[href="/docs/${name(0)}/"]`)).toHaveCount(1);
  await expect(page.locator(`#site-nav a[href="/docs/${name(LAST - 1)}/"]`)).toHaveCount(1);
  // Its Markdown copy too.
  const copy = await page.request.get(`${dev.url}/docs/${name(LAST - 2)}/index.md`);
  expect(await copy.text()).toContain(`const page = ${LAST - 2};`);
});

test('once every page is compiled, the site-wide checks report on them all, and search finds their words', async ({ page }) => {
  await expect.poll(() => dev.output(), { timeout: 120_000 }).toMatch(/Compiled \d+ pages in the background/);
  const finding = `${join(contentDir, 'docs', name(BROKEN))}.mdoc:${BROKEN_AT}  error  link-target-missing`;
  expect(dev.output()).toContain(finding);

  const overlay = page.locator('vite-error-overlay');
  await expect(async () => {
    await page.goto(`${dev.url}/docs/${name(BROKEN)}/`);
    const text = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '', undefined, { timeout: 3_000 });
    expect(text).toContain(finding);
  }).toPass({ timeout: 30_000 });

  await page.goto(`${dev.url}/docs/${name(0)}/`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the docs' });
  await dialog.getByRole('searchbox').fill('quokkaforest');
  await expect(dialog.getByRole('link').first()).toHaveAttribute('href', `/docs/${name(LAST)}/`, { timeout: 60_000 });
});
