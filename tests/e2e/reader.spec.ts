import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

const API_KEYS = '/docs/advanced/platform/api-keys/';


test('readers move through the site by sidebar and by previous/next links', async ({ page }) => {
  await page.goto('/docs/');
  const nav = page.getByRole('navigation', { name: 'Docs' });
  await nav.getByText('SDKs', { exact: true }).click();
  await nav.getByRole('link', { name: 'Server SDKs' }).click();
  await expect(page).toHaveURL(/\/docs\/sdks\/server\/$/);
  await expect(nav.getByRole('link', { name: 'Server SDKs' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('navigation', { name: 'Previous and next pages' }).getByRole('link', { name: /Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API keys');
  await page.getByRole('navigation', { name: 'Previous and next pages' }).getByRole('link', { name: /Previous/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Server SDKs');
});

test('the chosen theme survives a reload and a navigation, with no flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(API_KEYS);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Block the page's module script: whatever is dark at first paint comes from the early script.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/docs/sdks/server/', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  // Read the colour once the stylesheet has loaded, or the check would pass on an unstyled page.
  await page.waitForFunction(() => [...document.styleSheets].some((sheet) => sheet.href?.includes('/_astro/') && sheet.cssRules.length > 0));
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(17, 19, 24)');
  await page.unroute('**/_astro/*.js');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await page.getByLabel('Theme').selectOption('auto');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('the mobile menu opens and closes with the keyboard and keeps focus inside', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(API_KEYS);
  const button = page.getByRole('button', { name: 'Menu' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const nav = page.getByRole('navigation', { name: 'Docs' });
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link', { name: 'API keys' })).toBeFocused();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      () => !!document.activeElement?.closest('#site-nav') || document.activeElement?.matches('[data-menu-button]'),
    );
    expect(inside).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await expect(nav).toBeHidden();
});

test('scroll-spy marks the section followed by an anchor, then the one scrolled to', async ({ page }) => {
  await page.goto(`${API_KEYS}#scopes`);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Scopes' })).toHaveAttribute('aria-current', 'true');
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.getByRole('heading', { name: 'Create API key' }).evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
  await expect(toc.getByRole('link', { name: 'Create API key' })).toHaveAttribute('aria-current', 'true');
  await expect(toc.getByRole('link', { name: 'Scopes' })).not.toHaveAttribute('aria-current', /./);
});

test("a heading's anchor link copies the section URL and announces it", async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(API_KEYS);
  await page.getByRole('heading', { name: 'Scopes' }).hover();
  await page.getByRole('link', { name: 'Section titled “Scopes”' }).click();
  await expect(page).toHaveURL(/#scopes$/);
  await expect(page.getByRole('status').filter({ hasText: 'Link to this section copied' })).toHaveText('Link to this section copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${API_KEYS}#scopes`);
});

test('printing shows the article alone, with link targets', async ({ page }) => {
  await page.goto('/docs/sdks/server/');
  const chrome = [
    page.getByRole('banner'),
    page.getByRole('navigation', { name: 'Docs' }),
    page.getByRole('navigation', { name: 'On this page' }),
    page.getByRole('navigation', { name: 'Previous and next pages' }),
    page.getByRole('link', { name: 'Edit this page' }),
    page.getByRole('button', { name: /^Copy/ }).first(),
  ];
  // Each is there on screen, so that "hidden in print" cannot pass for something missing.
  for (const part of chrome) await expect(part).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article')).toBeVisible();
  for (const part of chrome) await expect(part).toBeHidden();
  const after = await page
    .locator('article a[href="/docs/advanced/platform/api-keys/"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toBe('" (/docs/advanced/platform/api-keys/)"');
});

test('the skip link moves focus to the article', async ({ page }) => {
  await page.goto(API_KEYS);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab goes into the page's content, past the header and the sidebar.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('unknown pages get the 404 page, which leads back to the docs', async ({ page }) => {
  const response = await page.goto('/docs/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the docs home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documentation');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds no violations on every page template (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ['/docs/', API_KEYS, '/docs/contributing/writing-pages/', '/docs/no-such-page/']) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(API_KEYS);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expectNoAxeViolations(page);
  });
}
