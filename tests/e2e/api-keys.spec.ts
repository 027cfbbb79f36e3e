import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const API_KEYS = '/docs/advanced/platform/api-keys/';

test('opening #scopes puts the heading just below the sticky header, highlighted', async ({ page }) => {
  await page.goto(`${API_KEYS}#scopes`);
  const heading = page.getByRole('heading', { name: 'Scopes', level: 2 });
  await expect(heading).toBeInViewport();
  const headerBox = (await page.getByRole('banner').boundingBox())!;
  // Smooth scrolling may still be settling: wait for the heading to arrive just below the header.
  const bottom = headerBox.y + headerBox.height;
  await expect.poll(async () => (await heading.boundingBox())!.y).toBeLessThan(bottom + 80);
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(bottom);
  expect(await heading.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('clicking an "On this page" entry changes the hash and scrolls to the section', async ({ page }) => {
  await page.goto(API_KEYS);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Scopes' }).click();
  await expect(page).toHaveURL(/#scopes$/);
  await expect(page.getByRole('heading', { name: 'Scopes', level: 2 })).toBeInViewport();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
});

test('the copy button copies the code, with the mouse and the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docs/sdks/server/');
  const block = page.getByRole('figure').first();
  const button = block.getByRole('button', { name: /Copy/ });
  await button.click();
  await expect(block.getByRole('status')).toHaveText('Copied to clipboard');
  const expected = await block.locator('pre code').innerText();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  expect(expected).toContain("import { Client, Users } from 'node-appwrite';");

  await page.evaluate(() => navigator.clipboard.writeText(''));
  const second = page.getByRole('figure').nth(1);
  await second.getByRole('button', { name: /Copy/ }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('from appwrite.client import Client');
});

test('the scopes table scrolls by itself on a narrow screen, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`${API_KEYS}#scopes`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  const table = page.getByRole('region', { name: 'Table: Scopes' });
  await expect(table.getByRole('columnheader', { name: 'Name' })).toBeVisible();
  expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds no violations on the API keys page (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(API_KEYS);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

test('an alias keeps an old anchor landing on its heading, below the header', async ({ page }) => {
  await page.goto('/docs/contributing/writing-pages/#anchors');
  const heading = page.getByRole('heading', { name: 'Headings and anchors', level: 2 });
  await expect(heading).toBeInViewport();
  const headerBox = (await page.getByRole('banner').boundingBox())!;
  const bottom = headerBox.y + headerBox.height;
  await expect.poll(async () => (await heading.boundingBox())!.y).toBeLessThan(bottom + 80);
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(bottom);
  // The alias stays out of "On this page".
  const tocLinks = await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(tocLinks).toContain('#headings');
  expect(tocLinks).not.toContain('#anchors');
});
