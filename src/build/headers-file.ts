/**
 * The `_headers` file static hosts read (Netlify, Cloudflare Pages and others): a path pattern on
 * its own line, then indented `Name: value` lines that apply to matching paths.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** The Content-Security-Policy the site is built to run under. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response of the site gets. */
export const SECURITY_HEADERS: [string, string][] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/** Writes a `_headers` file applying {@link SECURITY_HEADERS} to every path under the base. */
export function renderHeadersFile(base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}*\n${SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
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
