import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const API_KEYS = '/docs/advanced/platform/api-keys/';

test('"Copy page" copies the page\'s Markdown copy and says so', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(API_KEYS);
  await page.getByRole('button', { name: 'Copy page' }).click();
  await expect(page.locator('#page-status')).toHaveText('The page is copied as Markdown');
  await expect(page.getByRole('button', { name: 'Copied!' })).toBeVisible();
  const copy = await (await request.get(`${API_KEYS}index.md`)).text();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copy);
  expect(copy).toContain('## Scopes {#scopes}');
});

test('the page actions menu works by keyboard, as a menu button does', async ({ page }) => {
  await page.goto(API_KEYS);
  const toggle = page.getByRole('button', { name: 'More page actions' });
  const menu = page.getByRole('menu', { name: 'Page actions' });
  const items = menu.getByRole('menuitem');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('ArrowDown');
  await expect(menu).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(toggle).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();
  await page.keyboard.press('Shift+Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items.nth(0)).toBeFocused();
  // A click elsewhere closes it.
  await page.getByRole('heading', { name: 'API keys', level: 1 }).click();
  await expect(menu).toBeHidden();
});

test('the menu links to the Markdown copy and to assistants with the page address, and nothing leaves the site until a reader follows one', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://localhost')) outside.push(r.url());
  });
  await page.goto(API_KEYS);
  await page.getByRole('button', { name: 'More page actions' }).click();
  const menu = page.getByRole('menu', { name: 'Page actions' });
  await expect(menu.getByRole('menuitem', { name: 'View as Markdown' })).toHaveAttribute('href', `${API_KEYS}index.md`);
  const chatgpt = menu.getByRole('menuitem', { name: 'Open in ChatGPT' });
  await expect(chatgpt).toHaveAttribute('href', `https://chatgpt.com/?q=Read+${encodeURIComponent(`https://docs.example.com${API_KEYS}`)}+so+I+can+ask+questions+about+it.`);
  await expect(chatgpt).toHaveAttribute('target', '_blank');
  await expect(menu.getByRole('menuitem', { name: 'Open in Claude' })).toHaveAttribute('href', /^https:\/\/claude\.ai\/new\?q=Read\+https%3A%2F%2Fdocs\.example\.com%2Fdocs%2Fadvanced%2Fplatform%2Fapi-keys%2F\+/);
  await page.getByRole('button', { name: 'Copy page' }).click();
  expect(outside).toEqual([]);
});

test('the 404 page has no page actions', async ({ page }) => {
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy page' })).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe-core finds no violations with the page actions menu open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(API_KEYS);
    await page.getByRole('button', { name: 'More page actions' }).click();
    await expect(page.getByRole('menu', { name: 'Page actions' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
