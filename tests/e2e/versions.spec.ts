import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

const KEYS = 'advanced/platform/api-keys/';


test('the version picker keeps the page and the section being read, and the banner leads back', async ({ page }) => {
  await page.goto(`/docs/${KEYS}#scopes`);
  const picker = page.locator('.version-picker summary');
  await expect(picker).toHaveAccessibleName('Version: 2.x');
  await picker.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: '1.x' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/docs/1\\.x/${KEYS}#scopes$`));
  await expect(page.getByRole('heading', { name: 'Scopes', level: 2 })).toBeInViewport();
  const banner = page.getByRole('note').filter({ hasText: 'You are reading the docs for 1.x.' });
  await expect(banner).toBeVisible();
  // The old version has fewer scopes.
  await expect(page.getByRole('cell', { name: 'assistant.read' })).toHaveCount(0);
  await banner.getByRole('link', { name: 'Read this page in the current version (2.x)' }).click();
  await expect(page).toHaveURL(new RegExp(`/docs/${KEYS}$`));
  await expect(page.getByRole('cell', { name: 'assistant.read' })).toBeVisible();
});

test('a page an old version does not have leads to that version’s home, saying so', async ({ page }) => {
  await page.goto('/docs/contributing/performance/#the-dev-server');
  await page.locator('.version-picker summary').click();
  const old = page.getByRole('link', { name: /^1\.x/ });
  await expect(old).toContainText('not in this version: its home');
  await old.click();
  await expect(page).toHaveURL(/\/docs\/1\.x\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documentation');
});

test('search is scoped to the version being read, with a way to search them all', async ({ page }) => {
  await page.goto('/docs/1.x/');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the docs' });
  const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
  // users.read is in both versions: the one being read comes first, and alone.
  await dialog.getByRole('searchbox').fill('users.read');
  await expect(results.first()).toHaveAttribute('href', `/docs/1.x/${KEYS}`);
  await expect(dialog.locator(`a[href^="/docs/${KEYS}"]`)).toHaveCount(0);
  // assistant.read came in 2.x.
  await dialog.getByRole('searchbox').fill('assistant.read');
  await expect(dialog.locator('[data-search-status]')).toHaveText(/^No results for/);
  await dialog.getByRole('checkbox', { name: 'Search all versions' }).check();
  await expect(results.first()).toHaveAttribute('href', `/docs/${KEYS}`);
  // A result from another version than the one being read names it.
  await expect(results.first().locator('.search-result-version')).toHaveText('2.x');
  await dialog.getByRole('searchbox').fill('users.read');
  await expect(dialog.locator(`a[href="/docs/1.x/${KEYS}"] .search-result-version`)).toHaveCount(0);
  await expect(dialog.locator(`a[href="/docs/${KEYS}"] .search-result-version`)).toHaveText('2.x');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds no violations on an old version’s pages and the version picker (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/docs/1.x/${KEYS}`);
    await expectNoAxeViolations(page);
    await page.locator('.version-picker summary').click();
    await expectNoAxeViolations(page);
    await page.goto('/docs/contributing/performance/');
    await page.locator('.version-picker summary').click();
    await expectNoAxeViolations(page);
  });
}
