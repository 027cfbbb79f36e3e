import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

const KEYS = 'advanced/platform/api-keys/';


test('the language picker keeps the page and the section being read, by keyboard', async ({ page }) => {
  await page.goto(`/docs/${KEYS}#scopes`);
  const picker = page.locator('.language-picker summary');
  await expect(picker).toHaveAccessibleName('Language: English');
  await picker.focus();
  await page.keyboard.press('Enter');
  const french = page.getByRole('link', { name: 'Français' });
  await expect(french).toBeVisible();
  // Escape closes the list and gives focus back to the picker.
  await page.keyboard.press('Escape');
  await expect(french).toBeHidden();
  await expect(picker).toBeFocused();
  await page.keyboard.press('Enter');
  await french.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/fr/docs/${KEYS}#scopes$`));
  const heading = page.getByRole('heading', { name: 'Portées', level: 2 });
  await expect(heading).toBeInViewport();
  // Below the sticky header, not under it.
  const header = await page.locator('.site-header').boundingBox();
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // And back, from the right-to-left language too.
  await page.goto(`/ar/docs/${KEYS}#create-api-key`);
  await page.locator('.language-picker summary').click();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/docs/${KEYS}#create-api-key$`));
  await expect(page.getByRole('heading', { name: 'Create API key', level: 2 })).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the picker opens and its links lead to the page in the other language', async ({ page }) => {
    await page.goto(`/docs/${KEYS}`);
    await page.locator('.language-picker summary').click();
    await page.getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/docs/${KEYS}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('مفاتيح API');
  });
});

test('a page not translated yet says so in the reader’s language and links the original', async ({ page }) => {
  await page.goto('/fr/docs/sdks/server/');
  const notice = page.getByRole('note').filter({ hasText: 'Cette page' });
  await expect(notice).toContainText('Cette page n’est pas encore traduite.');
  await expect(page.locator('article')).toHaveAttribute('lang', 'en');
  // The chrome is French; the sidebar stays in French pages.
  await expect(page.locator('.toc-heading').first()).toHaveText('Sur cette page');
  await expect(page.locator(`#site-nav a[href="/fr/docs/${KEYS}"]`)).toHaveText('Clés d’API');
  await notice.getByRole('link', { name: 'La lire en anglais' }).click();
  await expect(page).toHaveURL(/\/docs\/sdks\/server\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('search on a French page finds French pages, and pages not translated by their own words', async ({ page }) => {
  await page.goto('/fr/docs/');
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Rechercher dans la documentation' });
  await dialog.getByRole('searchbox').fill('gestionnaire');
  const results = dialog.getByRole('list', { name: 'Résultats de la recherche' }).getByRole('link');
  await expect(results.first()).toHaveAttribute('href', `/fr/docs/${KEYS}`);
  await expect(dialog.locator('[data-search-status]')).toHaveText(/^\d+ pages? trouvées?$/);
  await dialog.getByRole('searchbox').fill('serverless');
  await expect(results.first()).toHaveAttribute('href', '/fr/docs/sdks/server/');
  await dialog.getByRole('searchbox').fill('zzzqqq');
  await expect(dialog.locator('[data-search-status]')).toHaveText(/^Aucun résultat pour « zzzqqq »/);
  // The English pages search the English index: the French words are not there.
  await page.goto('/docs/');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search the docs' }).fill('gestionnaire');
  await expect(page.locator('[data-search-status]')).toHaveText(/^No results for/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`right-to-left pages mirror the layout and keep code left to right (${colorScheme}, ${width} px)`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`/ar/docs/${KEYS}`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await testInfo.attach(`rtl-${colorScheme}-${width}`, { body: await page.screenshot(), contentType: 'image/png' });
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const title = await box('h1');
      const content = await box('.content');
      // The title starts at the right edge of the column.
      expect(content.x + content.width - (title.x + title.width)).toBeLessThan(2);
      // The callout's bar is on its right.
      const callout = page.locator('.callout').first();
      expect(await callout.evaluate((el) => getComputedStyle(el).borderRightWidth)).not.toBe('0px');
      expect(await callout.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('0px');
      // Code reads left to right.
      expect(await page.locator('.code-block pre').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
      if (width >= 1280) {
        // The sidebar on the right, "On this page" on the left.
        expect((await box('#site-nav')).x).toBeGreaterThan(content.x + content.width);
        expect((await box('.toc-column')).x + (await box('.toc-column')).width).toBeLessThan(content.x);
      } else {
        await page.getByRole('button', { name: 'القائمة' }).click();
        await expect(page.locator('#site-nav')).toBeVisible();
        await testInfo.attach(`rtl-${colorScheme}-${width}-menu`, { body: await page.screenshot(), contentType: 'image/png' });
        // Sidebar links' text starts at the right.
        const text = await page.locator('#site-nav a[aria-current="page"]').evaluate((link) => {
          const range = document.createRange();
          range.selectNodeContents(link);
          const words = range.getBoundingClientRect();
          const own = link.getBoundingClientRect();
          return { gapRight: own.right - words.right, gapLeft: words.left - own.left };
        });
        expect(text.gapRight).toBeLessThan(text.gapLeft);
      }
    });
  }

  test(`axe-core finds no violations on the translated templates in both directions (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ['/fr/docs/', `/fr/docs/${KEYS}`, '/fr/docs/sdks/server/', `/ar/docs/${KEYS}`, '/ar/docs/sdks/server/']) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await page.locator('.language-picker summary').click();
    await expectNoAxeViolations(page);
  });
}
