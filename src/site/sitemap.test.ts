import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inSitemap, isNoindex } from './sitemap.ts';

describe('isNoindex', () => {
  it('recognises pages that ask not to be indexed', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindex('<head><meta name="description" content="noindex is a word"></head>')).toBe(false);
  });
});

describe('inSitemap', () => {
  const out = mkdtempSync(join(tmpdir(), 'sitemap-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const page = (path: string, html: string) => {
    mkdirSync(join(out, path), { recursive: true });
    writeFileSync(join(out, path, 'index.html'), html);
  };
  page('docs/a', '<head><title>A</title></head>');
  page('docs/old', '<head><meta name="robots" content="noindex"></head>');

  it('keeps pages and leaves out the root and pages marked noindex', () => {
    expect(inSitemap('https://x/docs/a/', '/', out)).toBe(true);
    expect(inSitemap('https://x/docs/old/', '/', out)).toBe(false);
    expect(inSitemap('https://x/', '/', out)).toBe(false);
  });
  it('reads URLs under the base path', () => {
    expect(inSitemap('https://x/site/docs/a/', '/site/', out)).toBe(true);
    expect(inSitemap('https://x/site/docs/old/', '/site/', out)).toBe(false);
    expect(inSitemap('https://x/site/', '/site/', out)).toBe(false);
  });
});
