import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startDevServer, type DevServer } from './dev-server';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let dev: DevServer;
test.beforeAll(async () => {
  dev = await startDevServer('basic', 4402);
});
test.afterAll(async () => {
  await dev?.stop();
});

test('the dev server reloads a page when its file is saved, and search finds the new words', async ({ page }) => {
  await page.goto(`${dev.url}/docs/guides/setup/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Setup');

  await page.getByRole('button', { name: /Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the docs' });
  await dialog.getByRole('searchbox').fill('zebracorn');
  await expect(dialog.locator('[data-search-status]')).toHaveText(/No results for “zebracorn”/, { timeout: 30_000 });
  await page.keyboard.press('Escape');

  appendFileSync(join(dev.contentDir, 'docs/guides/setup.mdoc'), '\nA zebracorn lives here.\n');
  await expect(page.getByText('A zebracorn lives here.')).toBeVisible({ timeout: 20_000 });

  await page.getByRole('button', { name: /Search/ }).click();
  await dialog.getByRole('searchbox').fill('zebracorn');
  await expect(dialog.getByRole('link').first()).toHaveAttribute('href', '/docs/guides/setup/', { timeout: 30_000 });
});
