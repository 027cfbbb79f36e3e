import { expect, test, type Page } from '@playwright/test';

const HOSTILE = 'http://localhost:4404';

/** Watches a page for anything a payload could do: run script, open a dialog, reach another origin, break the CSP. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') problems.push(`request to ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

test('no hostile page runs script, opens a dialog or reaches another origin', async ({ page }) => {
  const problems = watch(page, HOSTILE);
  for (const path of ['/docs/', '/docs/script-urls/', '/docs/injection/', '/docs/raw-html/', '/docs/clobber/']) {
    await page.goto(`${HOSTILE}${path}`);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), path).toBeUndefined();
    // Every link on the page is harmless.
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*(?:javascript|vbscript|data):/i.test(h)), path).toEqual([]);
    const sources = await page.locator('img[src]').evaluateAll((images) => images.map((i) => i.getAttribute('src') ?? ''));
    expect(sources.filter((src) => /^\s*(?:javascript|vbscript|data:(?!image\/))/i.test(src)), path).toEqual([]);
  }
  await page.goto(`${HOSTILE}/docs/raw-html/`);
  await expect(page.getByText('<script>window.__pwned=1</script>').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('markup in titles and headings is shown as text wherever it appears', async ({ page }) => {
  await page.goto(`${HOSTILE}/docs/injection/`);
  expect(await page.title()).toBe('</title><script>window.__pwned=1</script>"><img src=x onerror=window.__pwned=1> — Platform Docs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('</title><script>window.__pwned=1</script>"><img src=x onerror=window.__pwned=1>');
  await expect(page.getByRole('navigation', { name: 'Docs' })).toContainText('<img src=x onerror=window.__pwned=1> label');
  await expect(page.getByRole('navigation', { name: 'On this page' })).toContainText('Heading <img src=x onerror=window.__pwned=1> "quoted"');
  expect(await page.locator('article img, article script, article iframe, article style').count()).toBe(0);
});

test('a search for markup shows it as text and runs nothing', async ({ page }) => {
  const problems = watch(page, HOSTILE);
  await page.goto(`${HOSTILE}/docs/`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the docs' });
  await dialog.getByRole('searchbox').fill('<img src=x onerror=window.__pwned=1> pwned');
  await expect(dialog.getByRole('status')).not.toHaveText('');
  await dialog.getByRole('searchbox').fill('onerror');
  await expect(dialog.getByRole('link').first()).toBeVisible();
  expect(await dialog.getByRole('list', { name: 'Search results' }).locator('img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(problems).toEqual([]);
});

test('every page template and search work under the strict Content-Security-Policy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = watch(page, 'http://localhost:4400');
  const response = await page.goto('/docs/advanced/platform/api-keys/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  // Theme, copy button, TOC spy and search, with the policy on.
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/docs/sdks/server/#first-request');
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Make a first request' })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('figure').first().getByRole('button', { name: /Copy/ }).click();
  await expect(page.getByRole('figure').first().getByRole('status')).toHaveText('Copied to clipboard');
  await page.goto('/docs/contributing/writing-pages/#tabs');
  await page.getByRole('tab', { name: 'Yarn' }).first().click();
  await expect(page.getByRole('tabpanel').first()).toContainText('yarn add');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('dialog').getByRole('searchbox').fill('users.read');
  await expect(page.getByRole('dialog').getByRole('link').first()).toContainText('API keys');
  for (const path of ['/docs/', '/']) await page.goto(path);
  await expect(page).toHaveURL(/\/docs\/$/);
  expect(problems).toEqual([]);
  // The 404 page: its own status is the only error allowed.
  await page.goto('/docs/no-such-page/');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
});

test('a redirect page keeps the #hash under the Content-Security-Policy', async ({ page }) => {
  const problems = watch(page, 'http://localhost:4401');
  await page.goto('http://localhost:4401/docs-site/docs/old-setup/#install');
  await expect(page).toHaveURL('http://localhost:4401/docs-site/docs/guides/setup/#install');
  expect(problems).toEqual([]);
});

test('the site root forwards to the docs home and keeps the #hash', async ({ page }) => {
  const problems = watch(page, 'http://localhost:4400');
  await page.goto('/#anything');
  await expect(page).toHaveURL(/\/docs\/#anything$/);
  expect(problems).toEqual([]);
});
