import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, headersFor, parseHeadersFile, renderHeadersFile } from './headers-file.ts';

describe('the _headers file', () => {
  it('applies the security headers to every path under the base', () => {
    const text = renderHeadersFile('/docs-site/');
    expect(text.split('\n')[0]).toBe('/docs-site/*');
    const rules = parseHeadersFile(text);
    expect(Object.fromEntries(headersFor(rules, '/docs-site/docs/a/'))).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(headersFor(rules, '/elsewhere/')).toEqual([]);
  });
  it('has no inline or eval allowance in its policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });
  it('adds the sources a site needs to their directives, and nothing else', () => {
    const policy = contentSecurityPolicy({ 'script-src': ['https://plausible.io'], 'connect-src': ['https://plausible.io'], 'font-src': ['https://fonts.gstatic.com'] });
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' https://plausible.io; style-src 'self'; img-src 'self' data:; font-src 'self' https://fonts.gstatic.com; connect-src 'self' https://plausible.io; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    );
    expect(renderHeadersFile('/', policy)).toContain(`  Content-Security-Policy: ${policy}\n`);
  });
  it('parses rules, comments and exact paths', () => {
    expect(parseHeadersFile('# comment\n/a\n  X-A: 1\n/b/*\n  X-B: 2\n  X-C: a: b\n')).toEqual([
      { pattern: '/a', headers: [['X-A', '1']] },
      { pattern: '/b/*', headers: [['X-B', '2'], ['X-C', 'a: b']] },
    ]);
    expect(headersFor(parseHeadersFile('/a\n  X: 1\n'), '/a/b')).toEqual([]);
  });
});
