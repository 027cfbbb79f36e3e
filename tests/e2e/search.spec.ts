import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function openSearch(page: Page) {
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the docs' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('users.read finds the API keys page first, with its Scopes section, and lands on it', async ({ page }) => {
  await page.goto('/docs/');
  const dialog = await openSearch(page);
  await dialog.getByRole('searchbox', { name: 'Search the docs' }).fill('users.read');
  const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(results.first()).toContainText('API keys');
  await expect(results.first()).toHaveAttribute('href', '/docs/advanced/platform/api-keys/');
  const scopes = results.nth(1);
  await expect(scopes).toHaveAttribute('href', '/docs/advanced/platform/api-keys/#scopes');
  // The result names its section first, then an excerpt with the words found marked.
  await expect(scopes).toHaveAccessibleName(/^Scopes\b/);
  // users.read is one word to search, marked whole, not users and read apart.
  await expect(scopes.locator('mark').first()).toHaveText(/^users\.read\W?$/);
  // The excerpt reads as sentences and does not repeat the section's heading.
  const excerpt = scopes.locator('.search-result-excerpt');
  await expect(excerpt).not.toHaveText(/^Scopes\b/);
  await expect(excerpt).not.toContainText('NameDescription');
  await scopes.click();
  await expect(page).toHaveURL(/\/docs\/advanced\/platform\/api-keys\/#scopes$/);
  await expect(page.getByRole('heading', { name: 'Scopes', level: 2 })).toBeInViewport();
  await expect(dialog).toBeHidden();
});

test('"best practice" finds the API keys page', async ({ page }) => {
  await page.goto('/docs/sdks/');
  const dialog = await openSearch(page);
  await dialog.getByRole('searchbox').fill('best practice');
  await expect(dialog.getByRole('link').first()).toContainText('API keys');
});

test('a word found nowhere shows a helpful message, and an empty query shows nothing', async ({ page }) => {
  await page.goto('/docs/');
  const dialog = await openSearch(page);
  const input = dialog.getByRole('searchbox');
  await input.fill('zqxjvbnonsense');
  await expect(dialog.getByRole('status')).toHaveText(/No results for “zqxjvbnonsense”/);
  await expect(dialog.getByRole('link')).toHaveCount(0);
  await input.fill('');
  // An empty status is not shown at all, so look for it among hidden elements too.
  await expect(dialog.getByRole('status', { includeHidden: true })).toHaveText('');
  await expect(dialog.getByRole('link')).toHaveCount(0);
});

test('a query typed while the index loads says so, then shows its results', async ({ page }) => {
  // The index held back until the test lets it go: a slow network, or a dev server making its index.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/docs/');
  const dialog = await openSearch(page);
  await dialog.getByRole('searchbox').fill('users.read');
  await expect(dialog.getByRole('status')).toHaveText('Loading search…');
  release();
  await expect(dialog.getByRole('link').first()).toHaveAttribute('href', '/docs/advanced/platform/api-keys/');
  await expect(dialog.getByRole('status')).toHaveText(/\d+ pages? found/);
});

test('a search index that cannot be loaded says search is not available', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 500, body: 'down' }));
  await page.goto('/docs/');
  const dialog = await openSearch(page);
  await dialog.getByRole('searchbox').fill('users.read');
  await expect(dialog.getByRole('status')).toHaveText('Search is not available: the search index could not be loaded.');
  await expect(dialog.getByRole('link')).toHaveCount(0);
});

test('the whole search flow works by keyboard alone', async ({ page }) => {
  await page.goto('/docs/');
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search the docs' });
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const button = page.getByRole('button', { name: 'Search', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(input).toBeFocused();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  await input.focus();
  await page.keyboard.type('users.read');
  // Each keystroke searches: wait for the list of the whole query before moving through it.
  await expect(dialog.getByRole('list', { name: 'Search results' })).toHaveAttribute('data-query', 'users.read');
  const links = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(links.first()).toContainText('API keys');
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\/advanced\/platform\/api-keys\/#scopes$/);

  // The result opened a page: its scripts may not be listening yet when the key is first pressed.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('⌘K and Ctrl+K open search and close it again; K alone types', async ({ page }) => {
  await page.goto('/docs/');
  const dialog = page.getByRole('dialog', { name: 'Search the docs' });
  for (const shortcut of ['Meta+K', 'Control+K']) {
    await page.keyboard.press(shortcut);
    await expect(dialog, shortcut).toBeVisible();
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press(shortcut);
    await expect(dialog, shortcut).toBeHidden();
  }
  await page.keyboard.press('k');
  await page.keyboard.press('Alt+K');
  await expect(dialog).toBeHidden();
});

test('one Escape closes search, also with a query typed, and the query is there when it opens again', async ({ page }) => {
  await page.goto('/docs/');
  const dialog = await openSearch(page);
  const input = dialog.getByRole('searchbox');
  await input.fill('scopes');
  await expect(dialog.getByRole('link').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
  await openSearch(page);
  await expect(input).toHaveValue('scopes');
});

test('Escape returns focus to the search button', async ({ page }) => {
  await page.goto('/docs/');
  const button = page.getByRole('button', { name: 'Search', exact: true });
  await button.click();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});

test('nothing of search is downloaded until it is opened', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/docs/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((r) => r.includes('pagefind') || r.includes('search-ui'))).toEqual([]);
  const dialog = await openSearch(page);
  await dialog.getByRole('searchbox').fill('scopes');
  await expect(dialog.getByRole('link').first()).toBeVisible();
  expect(requests.some((r) => r.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds no violations with the search dialog open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/docs/');
    const dialog = await openSearch(page);
    await dialog.getByRole('searchbox').fill('api key');
    await expect(dialog.getByRole('link').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

test('without WebMCP, none of the agent tools\' code is loaded', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/docs/');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => 'modelContext' in document)).toBe(false);
  expect(scripts.filter((s) => /webmcp/i.test(s))).toEqual([]);
});
