import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readPage } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'docs-edge-'));
const content = join(work, 'content');
const out = join(work, 'out');
let output = '';

beforeAll(async () => {
  mkdirSync(join(content, 'docs/Getting Started'), { recursive: true });
  writeFileSync(join(content, 'docs/index.mdoc'), '---\ntitle: Edge cases\n---\nPages at the edge.\n');
  const rows = Array.from({ length: 10_000 }, (_, i) => `| \`scope.${i}\` | Row ${i} |`).join('\n');
  writeFileSync(join(content, 'docs/big-table.mdoc'), `---\ntitle: A 10,000-row table\n---\n## Rows {% #rows %}\n\n| Name | Description |\n|---|---|\n${rows}\n`);
  const headings = Array.from({ length: 2_000 }, (_, i) => `## Section ${i}\n\nText ${i}.\n`).join('\n');
  writeFileSync(join(content, 'docs/headings.mdoc'), `---\ntitle: 2,000 headings\n---\n${headings}`);
  writeFileSync(join(content, 'docs/rtl.mdoc'), '---\ntitle: مرحبا بالعالم\ndescription: صفحة باللغة العربية\n---\n## مقدمة {% id=\"مقدمة\" %}\n\nنص عربي. [رابط](#مقدمة)\n\n## Überblick\n');
  writeFileSync(join(content, 'docs/Getting Started/My First Page.mdoc'), '---\ntitle: A file name with spaces\n---\nSee [the table](/docs/big-table/#rows).\n');
  output = (await buildSite({ CONTENT_DIR: content, OUT_DIR: out })).stdout;
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('inputs at the edge', () => {
  it('builds a 10,000-row table with every row', () => {
    expect(readPage('/docs/big-table/', out).querySelectorAll('tbody tr')).toHaveLength(10_000);
  });
  it('builds a page with 2,000 headings, each with its own anchor', () => {
    const page = readPage('/docs/headings/', out);
    expect(page.querySelectorAll('article h2')).toHaveLength(2_000);
    expect(page.querySelector('h2#section-1999')?.text).toBe('Section 1999');
  });
  it('keeps non-ASCII and right-to-left titles and ids', () => {
    const page = readPage('/docs/rtl/', out);
    expect(page.querySelector('h1')?.text).toBe('مرحبا بالعالم');
    expect(page.querySelector('h2#مقدمة')?.text).toBe('مقدمة');
    expect(page.querySelector('h2#überblick')?.text).toBe('Überblick');
    expect(page.querySelector('article a[href="#مقدمة"]')).not.toBeNull();
  });
  it('gives files with spaces a URL-safe address', () => {
    expect(readPage('/docs/getting-started/my-first-page/', out).querySelector('h1')?.text).toBe('A file name with spaces');
  });
  it('indexes them all for search', () => {
    // Five pages and the generated tag reference.
    expect(output).toMatch(/Indexed 6 pages and \d+ words/);
  });
});
