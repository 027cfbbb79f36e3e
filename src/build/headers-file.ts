/**
 * The `_headers` file static hosts read (Netlify, Cloudflare Pages and others): a path pattern on
 * its own line, then indented `Name: value` lines that apply to matching paths.
 */
import type { CspDirective, CspSources } from '../site/head-setting.ts';

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/**
 * The Content-Security-Policy the site runs under: its own files only (WebAssembly for search),
 * no inline code, plus the sources a site's `head` and `csp` settings add (../site/head-setting.ts).
 */
export function contentSecurityPolicy(extra: CspSources = {}): string {
  const sources = (directive: CspDirective, own: string) => [own, ...(extra[directive] ?? [])].join(' ');
  const optional = (directive: CspDirective) => (extra[directive]?.length ? [`${directive} ${sources(directive, "'self'")}`] : []);
  return [
    "default-src 'self'",
    `script-src ${sources('script-src', "'self' 'wasm-unsafe-eval'")}`,
    `style-src ${sources('style-src', "'self'")}`,
    `img-src ${sources('img-src', "'self' data:")}`,
    ...optional('font-src'),
    ...optional('connect-src'),
    ...optional('media-src'),
    ...optional('frame-src'),
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of a site that adds no sources. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** Headers every response of the site gets, under its policy. */
export function securityHeaders(policy: string = CONTENT_SECURITY_POLICY): [string, string][] {
  return [
    ['Content-Security-Policy', policy],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ];
}

/** Writes a `_headers` file applying {@link securityHeaders} to every path under the base. */
export function renderHeadersFile(base: string, policy: string = CONTENT_SECURITY_POLICY): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}*\n${securityHeaders(policy).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}

/** Parses a `_headers` file. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    const rule = rules[rules.length - 1];
    if (match && rule) rule.headers.push([match[1]!.trim(), match[2]!.trim()]);
  }
  return rules;
}

/** The headers that apply to a path: every rule whose pattern matches (`*` matches anything). */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  const matches = (pattern: string) => {
    const regex = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return regex.test(path);
  };
  return rules.filter((r) => matches(r.pattern)).flatMap((r) => r.headers);
}
