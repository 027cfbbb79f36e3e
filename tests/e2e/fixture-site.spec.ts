import { expect, test } from '@playwright/test';

/** The fixture site, built from tests/fixtures/basic under the base path /docs-site/. */
const SITE = 'http://localhost:4401/docs-site';

test('a moved page’s old URL lands on the new page, on the section its #hash names', async ({ page }) => {
  await page.goto(`${SITE}/docs/old-setup/#install`);
  await expect(page).toHaveURL(`${SITE}/docs/guides/setup/#install`);
  const heading = page.getByRole('heading', { name: 'Install', level: 2 });
  await expect(heading).toBeInViewport();
  expect(await heading.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('under a base path every link, asset and anchor resolves', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${SITE}/docs/`);
  // Styles and scripts loaded: the header is sticky and the theme picker was revealed.
  await expect(page.getByRole('banner')).toHaveCSS('position', 'sticky');
  await expect(page.getByLabel('Theme')).toBeVisible();
  await page.getByRole('article').getByRole('link', { name: 'Setup' }).click();
  await expect(page).toHaveURL(`${SITE}/docs/guides/setup/`);
  await page.getByRole('navigation', { name: 'Docs' }).getByRole('link', { name: 'Nested' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nested index');
  await page.getByRole('link', { name: 'Fixture home' }).first().click();
  await expect(page).toHaveURL(`${SITE}/docs/`);
  expect(failed).toEqual([]);
});
