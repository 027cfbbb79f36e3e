import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFor, parseHeadersFile, renderHeadersFile } from './headers-file';

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
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });
  it('parses rules, comments and exact paths', () => {
    expect(parseHeadersFile('# comment\n/a\n  X-A: 1\n/b/*\n  X-B: 2\n  X-C: a: b\n')).toEqual([
      { pattern: '/a', headers: [['X-A', '1']] },
      { pattern: '/b/*', headers: [['X-B', '2'], ['X-C', 'a: b']] },
    ]);
    expect(headersFor(parseHeadersFile('/a\n  X: 1\n'), '/a/b')).toEqual([]);
  });
});
