import { describe, expect, it } from 'vitest';
import { baseDir, isSafeUrl, languageBase, publishedUrl, slugToUrl, translatedUrl, withBasePath } from './urls.ts';

describe('isSafeUrl', () => {
  it('accepts web, relative and fragment URLs', () => {
    for (const url of ['https://x.dev', '/docs/a/', 'a/b', '#scopes', 'mailto:a@b.c', 'data:image/png;base64,AAAA']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });
  it('rejects script-running schemes, however they are spelled', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:x', ' javascript:x', 'java\tscript:x', 'vbscript:x', 'data:text/html,<script>']) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});

describe('withBasePath', () => {
  it('prefixes root-relative URLs with the base', () => {
    expect(withBasePath('/docs/a/', '/docs-site/')).toBe('/docs-site/docs/a/');
    expect(withBasePath('/docs/a/#x', '/docs-site')).toBe('/docs-site/docs/a/#x');
  });
  it('leaves other URLs, already-prefixed URLs and the root base alone', () => {
    expect(withBasePath('https://x.dev/a', '/b/')).toBe('https://x.dev/a');
    expect(withBasePath('//cdn.x/a', '/b/')).toBe('//cdn.x/a');
    expect(withBasePath('#x', '/b/')).toBe('#x');
    expect(withBasePath('/b/docs/', '/b/')).toBe('/b/docs/');
    expect(withBasePath('/docs/', '/')).toBe('/docs/');
  });
});

describe('slugToUrl', () => {
  it('builds page URLs with a trailing slash under the base', () => {
    expect(slugToUrl('')).toBe('/docs/');
    expect(slugToUrl('a/b')).toBe('/docs/a/b/');
    expect(slugToUrl('a/b', '/docs-site/')).toBe('/docs-site/docs/a/b/');
    expect(slugToUrl('', '/docs-site')).toBe('/docs-site/docs/');
  });
});

describe('publishedUrl', () => {
  it('puts root-relative URLs under the base, leaves others, and drops script URLs', () => {
    expect(publishedUrl('/docs/a/', '/docs-site/')).toBe('/docs-site/docs/a/');
    expect(publishedUrl('/favicon.svg', '/')).toBe('/favicon.svg');
    expect(publishedUrl('https://x.dev/a', '/docs-site/')).toBe('https://x.dev/a');
    expect(publishedUrl('#scopes', '/docs-site/')).toBe('#scopes');
    expect(publishedUrl('javascript:alert(1)', '/docs-site/')).toBeUndefined();
  });
});

describe('baseDir', () => {
  it('ends the base path with one slash', () => {
    expect(baseDir('/')).toBe('/');
    expect(baseDir('/docs-site')).toBe('/docs-site/');
    expect(baseDir('/docs-site/')).toBe('/docs-site/');
  });
});

describe('language paths', () => {
  it('puts a translated language under its tag, after the base path', () => {
    expect(languageBase('/', 'fr')).toBe('/fr/');
    expect(languageBase('/site', 'pt-BR')).toBe('/site/pt-BR/');
    expect(languageBase('/site/')).toBe('/site/');
    expect(translatedUrl('/docs/a/', 'fr')).toBe('/fr/docs/a/');
  });
});
