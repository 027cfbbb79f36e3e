import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const GUIDE = '/docs/contributing/writing-pages/';

test.describe('tabs', () => {
  test('work with the keyboard, switch every group with the same titles, and remember the choice', async ({ page }) => {
    await page.goto(GUIDE);
    const groups = page.locator('[data-tabs]').filter({ hasText: 'npm' });
    const first = groups.nth(0);
    const npm = first.getByRole('tab', { name: 'npm' });
    const yarn = first.getByRole('tab', { name: 'Yarn' });
    await expect(npm).toHaveAttribute('aria-selected', 'true');
    await expect(first.getByRole('tabpanel')).toHaveText(/npm install node-appwrite/);
    await npm.focus();
    await page.keyboard.press('ArrowRight');
    await expect(yarn).toBeFocused();
    await expect(yarn).toHaveAttribute('aria-selected', 'true');
    await expect(first.getByRole('tabpanel')).toHaveText(/yarn add node-appwrite/);
    // The other group with the same titles follows.
    await expect(groups.nth(1).getByRole('tabpanel')).toHaveText(/yarn remove node-appwrite/);
    await page.keyboard.press('Home');
    await expect(npm).toBeFocused();
    await page.keyboard.press('End');
    await expect(yarn).toBeFocused();
    await page.reload();
    await expect(page.getByRole('tablist').first().getByRole('tab', { name: 'Yarn' })).toHaveAttribute('aria-selected', 'true');

    // Another page with tabs of the same titles opens on the reader's choice.
    await page.goto('/docs/sdks/#install');
    const install = page.getByRole('tablist').first();
    await expect(install.getByRole('tab', { name: 'Yarn' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toHaveText(/Install with yarn add node-appwrite/);
  });

  test('a link to a tab panel opens it', async ({ page }) => {
    await page.goto(`${GUIDE}#yarn-remove`);
    const group = page.locator('[data-tabs]').nth(1);
    await expect(group.getByRole('tab', { name: 'Yarn' })).toHaveAttribute('aria-selected', 'true');
    await expect(group.getByRole('tabpanel')).toBeInViewport();
  });

  test('show every panel without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`http://localhost:4400${GUIDE}`);
    await expect(page.getByText('Install with npm install node-appwrite.')).toBeVisible();
    await expect(page.getByText('Install with yarn add node-appwrite.')).toBeVisible();
    await expect(page.getByRole('tablist').first()).toBeHidden();
    // Search needs scripts: no button that would do nothing.
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeHidden();
    await context.close();
  });
});

test('multicode switches language, remembers it on every page, and copies the code shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${GUIDE}#multicode`);
  const block = page.locator('[data-multicode]');
  // Only the block in the chosen language is shown, to readers and to assistive technology.
  await expect(block.getByRole('figure')).toHaveCount(1);
  await expect(block.getByRole('figure')).toContainText('await new Users(client).list()');
  await block.getByLabel('Language').selectOption({ label: 'Python' });
  await expect(block.getByRole('figure')).toHaveCount(1);
  await expect(block.getByRole('figure')).toContainText('users = Users(client).list()');
  await block.getByRole('figure').getByRole('button', { name: /Copy/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('users = Users(client).list()');
  await page.reload();
  await expect(page.locator('[data-multicode]').getByRole('figure')).toContainText('users = Users(client).list()');

  // Another page opens its multicode blocks on the same language.
  await page.goto('/docs/sdks/#first-call');
  const other = page.locator('[data-multicode]');
  await expect(other.getByLabel('Language')).toHaveValue('1');
  await expect(other.getByRole('figure')).toHaveCount(1);
  await expect(other.getByRole('figure')).toContainText('users = Users(client).list()["users"]');
});

test('accordion items are disclosure widgets: the one marked open is open, the others open from the keyboard', async ({ page }) => {
  await page.goto(`${GUIDE}#accordion`);
  const closed = page.getByRole('group').filter({ hasText: 'When do I need an API key?' });
  const open = page.getByRole('group').filter({ hasText: 'Can I use one key everywhere?' });
  await expect(open.getByText('You can, but a key per service limits the damage if one leaks.')).toBeVisible();
  const answer = closed.getByText('Whenever code that you run on a server calls the API.');
  await expect(answer).toBeHidden();
  await closed.getByText('When do I need an API key?').focus();
  await page.keyboard.press('Enter');
  await expect(answer).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(answer).toBeHidden();
});

test('aligned table cells are aligned', async ({ page }) => {
  await page.goto(`${GUIDE}#list-tables`);
  const table = page.getByRole('region', { name: 'Table: Tables as lists' }).getByRole('table');
  const align = (cell: ReturnType<typeof table.getByRole>) => cell.evaluate((element) => getComputedStyle(element).textAlign);
  // Unaligned cells start where the language's text starts (left here, right in Arabic).
  expect(await align(table.getByRole('columnheader', { name: 'Setting' }))).toBe('start');
  expect(await align(table.getByRole('columnheader', { name: 'Default' }))).toBe('right');
  expect(await align(table.getByRole('cell', { name: '30', exact: true }))).toBe('right');
  expect(await align(table.getByRole('cell', { name: /Seconds before a request fails/ }))).toBe('start');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`theme-only content follows the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${GUIDE}#theme-content`);
    const light = page.getByText('You are reading this in the light theme.');
    const dark = page.getByText('You are reading this in the dark theme.');
    await expect(colorScheme === 'light' ? light : dark).toBeVisible();
    await expect(colorScheme === 'light' ? dark : light).toBeHidden();
  });

  test(`axe-core finds no violations on pages with every tag (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of [GUIDE, '/docs/contributing/tags/']) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    }
  });
}
