import { describe, expect, it } from 'vitest';
import { builtBase } from './built-site';

describe('builtBase', () => {
  it('reads the base from the asset links of a built page', () => {
    expect(builtBase('<link rel="stylesheet" href="/_astro/Page.abc.css">')).toBe('/');
    expect(builtBase('<link rel="icon" href="/docs-site/favicon.svg"><link rel="stylesheet" href="/docs-site/_astro/Page.abc.css">')).toBe('/docs-site/');
    expect(builtBase('<script type="module" src="/a/b/_astro/search.js"></script>')).toBe('/a/b/');
  });
  it('says nothing of a page without assets', () => {
    expect(builtBase('<p>hello</p>')).toBeUndefined();
    expect(builtBase('<a href="https://cdn.example/_astro/x.css">')).toBeUndefined();
  });
});
