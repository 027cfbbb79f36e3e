import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { scratchProject, type ScratchProject } from '../build/helpers.ts';
import { closeDevPage, reportOutputOnFailure, startDevServer, type DevServer } from './dev-server.ts';

// The dev server of a copy of the project: these tests edit its code, which must never touch the
// project that the other tests build and serve.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let project: ScratchProject;
let dev: DevServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  project = scratchProject('basic');
  dev = await startDevServer('basic', 4403, project);
});
test.afterEach(({}, info) => reportOutputOnFailure(() => dev, info.status !== info.expectedStatus));
test.afterEach(({ page }) => closeDevPage(page));
test.afterAll(async () => {
  await dev?.stop();
  project?.remove();
});

/** Loads a page of the dev server until `check` passes: the server may still be taking a save in. */
async function expectServed(page: Page, path: string, check: () => Promise<void>): Promise<void> {
  await expect(async () => {
    // A request that reaches the server just as it restarts can go unanswered: ask again.
    await page.goto(`${dev.url}${path}`, { timeout: 10_000 });
    await check();
  }).toPass({ timeout: 60_000 });
}

test('an edited partial shows in the pages that include it', async ({ page }) => {
  writeFileSync(join(project.contentDir, 'partials/hello.md'), 'Hello from a partial saved in dev.\n');
  await expectServed(page, '/docs/guides/setup/', () => expect(page.getByText('Hello from a partial saved in dev.')).toBeVisible({ timeout: 2_000 }));
});

test('a partial that another partial includes shows in the pages, from when it is written to each edit', async ({ page }) => {
  const partials = join(project.contentDir, 'partials');
  // The page includes hello.md, which now includes a partial that does not exist yet.
  writeFileSync(join(partials, 'hello.md'), 'Hello from the outer partial.\n\n{% partial file="inner-note.md" /%}\n');
  writeFileSync(join(partials, 'inner-note.md'), 'First words of the inner partial.\n');
  await expectServed(page, '/docs/guides/setup/', () => expect(page.getByText('First words of the inner partial.')).toBeVisible({ timeout: 2_000 }));
  writeFileSync(join(partials, 'inner-note.md'), 'Second words of the inner partial.\n');
  await expectServed(page, '/docs/guides/setup/', () => expect(page.getByText('Second words of the inner partial.')).toBeVisible({ timeout: 2_000 }));
  await expect(page.getByText('Hello from the outer partial.')).toBeVisible();
});

test('an edited tag schema shows in the pages that use the tag', async ({ page }) => {
  project.edit('src/markdoc/tags/callout.ts', 'A passage set apart from the text.', 'A passage set apart in dev.');
  // The tag reference renders each tag's example: the callout's shows the new text.
  await expectServed(page, '/docs/contributing/tags/', () => expect(page.getByRole('note').filter({ hasText: 'A passage set apart in dev.' }).first()).toBeVisible({ timeout: 2_000 }));
});

test('an edited component shows in the pages that use it', async ({ page }) => {
  project.edit('src/components/content/Callout.astro', 'role="note"', 'role="note" data-callout-kind={kind}');
  await expectServed(page, '/docs/contributing/tags/', () => expect(page.getByRole('note').first()).toHaveAttribute('data-callout-kind', /^(info|note|tip|warning|danger)$/, { timeout: 2_000 }));
});

test('an edited style applies to the pages', async ({ page }) => {
  project.edit('src/styles/global.css', /$/, '\nbody { outline: 3px solid rgb(1, 2, 3); }\n');
  await expectServed(page, '/docs/', async () =>
    expect(await page.evaluate(() => getComputedStyle(document.body).outlineColor)).toBe('rgb(1, 2, 3)'),
  );
});

test('an edited site config shows on every page', async ({ page }) => {
  project.edit('src/site.config.ts', "title: 'Platform Docs'", "title: 'Docs Saved In Dev'");
  for (const path of ['/docs/', '/docs/guides/setup/']) {
    await expectServed(page, path, () => expect(page).toHaveTitle(/Docs Saved In Dev$/, { timeout: 2_000 }));
  }
});

test('an edited lock file restarts the server, which then serves every page again', async ({ page }) => {
  project.edit('package-lock.json', '"name": "markdoc-docs"', '"name": "markdoc-docs-saved-in-dev"');
  await expect.poll(() => dev.output(), { timeout: 30_000 }).toContain('package-lock.json changed: restarting the dev server');
  await expectServed(page, '/docs/guides/setup/', () => expect(page.getByRole('heading', { level: 1 })).toHaveText('Setup', { timeout: 2_000 }));
});
