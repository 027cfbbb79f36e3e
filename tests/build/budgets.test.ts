import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT } from './helpers.ts';

/** Per-page budgets before search is opened. */
const JS_BUDGET_KB = 6;
const CSS_BUDGET_KB = 14;
const HTML_BUDGET_KB = 35;
/** The page around its article: head, header, sidebar, TOC, footer, search dialog. */
const CHROME_BUDGET_KB = 16;

function pagesOf(dist: string): string[] {
  return readdirSync(join(dist, 'docs'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name));
}

function assetsOf(dist: string, html: string) {
  const gz = (paths: string[]) => paths.reduce((n, p) => n + gzipSync(readFileSync(join(dist, p))).length, 0) / 1024;
  return {
    js: gz([...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1]!)),
    css: gz([...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!)),
    inlineScripts: [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)].length,
  };
}

describe('page weight budgets', () => {
  const dist = join(ROOT, 'dist');
  it(`keeps every page under ${JS_BUDGET_KB} KB of JavaScript and ${CSS_BUDGET_KB} KB of CSS (gzip), none inline`, () => {
    for (const page of pagesOf(dist)) {
      const { js, css, inlineScripts } = assetsOf(dist, readFileSync(page, 'utf8'));
      expect(js, page).toBeLessThanOrEqual(JS_BUDGET_KB);
      expect(css, page).toBeLessThanOrEqual(CSS_BUDGET_KB);
      expect(inlineScripts, page).toBe(0);
    }
  });
  it(`keeps the seed-like API keys page under ${HTML_BUDGET_KB} KB of HTML`, () => {
    expect(statSync(join(dist, 'docs/advanced/platform/api-keys/index.html')).size / 1024).toBeLessThanOrEqual(HTML_BUDGET_KB);
  });
  it(`keeps what surrounds the article under ${CHROME_BUDGET_KB} KB on every page`, () => {
    for (const page of pagesOf(dist)) {
      const html = readFileSync(page, 'utf8');
      const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
      expect((html.length - article.length) / 1024, page).toBeLessThanOrEqual(CHROME_BUDGET_KB);
    }
  });
});

describe('a page does not grow with the rest of the site', () => {
  const work = mkdtempSync(join(tmpdir(), 'docs-growth-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The basic fixture plus `extra` pages in a section of their own. */
  async function buildWith(extra: number): Promise<string> {
    const content = join(work, `content-${extra}`);
    cpSync(join(ROOT, 'tests/fixtures/basic'), content, { recursive: true });
    mkdirSync(join(content, 'docs/reference'), { recursive: true });
    for (let i = 0; i < extra; i++) {
      writeFileSync(join(content, `docs/reference/page-${String(i).padStart(4, '0')}.mdoc`), `---\ntitle: Reference page ${i}\n---\nText ${i}.\n`);
    }
    const out = join(work, `out-${extra}`);
    await buildSite({ CONTENT_DIR: content, OUT_DIR: out });
    return readFileSync(join(out, 'docs/guides/setup/index.html'), 'utf8');
  }

  it('is the same size with 200 or 600 pages in another section', async () => {
    const small = await buildWith(200);
    const large = await buildWith(600);
    expect(large.length).toBe(small.length);
    expect(large).toContain('Reference');
  }, 300_000);
});
