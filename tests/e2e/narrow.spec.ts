import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = join(import.meta.dirname, '../..');
/** Every page the site publishes, as the sitemap lists them, and the 404 page. */
const pages = [
  ...[...readFileSync(join(ROOT, 'dist/sitemap-0.xml'), 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!),
  '/404.html',
];

test.use({ viewport: { width: 375, height: 740 } });

test('no page scrolls sideways on a phone: long words, links and inline code wrap', async ({ page }) => {
  expect(pages.length).toBeGreaterThan(5);
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 375) wide.push(`${path}: ${width}px`);
  }
  expect(wide).toEqual([]);
});
