/**
 * The `head` and `csp` settings: tags a site owner adds to every page's `<head>` (a web font's
 * stylesheet, analytics, a verification `<meta>`), and the Content-Security-Policy sources they
 * need. The site runs under a strict policy, so only `<link>`, `<meta>` and `<script src>` are
 * allowed — never inline code — and the origins the tags load from join the policy the build
 * writes, directive by directive, so the policy stays as strict as the tags allow.
 */
import type { HeadTag } from './head.ts';
import { isSafeUrl, withBasePath } from './urls.ts';

/** One tag of the `head` setting. */
export interface HeadEntry {
  tag: 'link' | 'meta' | 'script';
  /** Its attributes; `true` writes a boolean attribute (`defer`, `async`). */
  attrs: Record<string, string | true>;
}

/** Policy directives a site may add sources to. */
export const CSP_DIRECTIVES = ['script-src', 'style-src', 'font-src', 'img-src', 'connect-src', 'media-src', 'frame-src'] as const;
export type CspDirective = (typeof CSP_DIRECTIVES)[number];

/** Sources added to the policy, by directive (`{ 'font-src': ['https://fonts.gstatic.com'] }`). */
export type CspSources = Partial<Record<CspDirective, string[]>>;

/** The attribute of a tag that holds the URL it loads. */
const urlAttribute = (entry: HeadEntry): 'src' | 'href' | undefined => (entry.tag === 'script' ? 'src' : entry.tag === 'link' ? 'href' : undefined);

/** A problem with a setting: what is wrong, and how to fix it. */
export interface SettingProblem {
  problem: string;
  fix: string;
}

/** What is wrong with one entry of the `head` setting, in the site owner's terms; empty when nothing. */
export function headEntryProblems(entry: HeadEntry): SettingProblem[] {
  const problems: SettingProblem[] = [];
  if (!['link', 'meta', 'script'].includes(entry.tag)) {
    return [{ problem: `<${String(entry.tag)}> cannot be added to <head>.`, fix: 'Use link, meta or script (with src); styles go in a stylesheet file linked with <link rel="stylesheet">.' }];
  }
  for (const [name, value] of Object.entries(entry.attrs)) {
    if (!/^[a-z][a-z0-9:-]*$/i.test(name)) problems.push({ problem: `"${name}" is not an attribute name.`, fix: 'Attribute names are letters, digits and hyphens (data-domain).' });
    else if (/^on/i.test(name)) problems.push({ problem: `${name} is inline code, which the site's Content-Security-Policy blocks.`, fix: 'Put the code in a script file in public/ and add it with { tag: \'script\', attrs: { src: \'/file.js\' } }.' });
    if (typeof value !== 'string' && value !== true) problems.push({ problem: `${name} is neither text nor true.`, fix: `Write ${name}: 'value', or ${name}: true for a boolean attribute.` });
  }
  const attribute = urlAttribute(entry);
  const url = attribute ? entry.attrs[attribute] : undefined;
  if (attribute && typeof url !== 'string') {
    problems.push(
      entry.tag === 'script'
        ? { problem: 'a script without src is inline code, which the site\'s Content-Security-Policy blocks.', fix: 'Put the code in a file in public/ and give its path: src: \'/analytics.js\'.' }
        : { problem: 'a link without href loads nothing.', fix: 'Give the address of what it links: href: \'https://…\'.' },
    );
  } else if (typeof url === 'string' && url.startsWith('//')) {
    problems.push({ problem: `${attribute} "${url}" has no scheme.`, fix: `Write https:${url}.` });
  } else if (typeof url === 'string' && (!isSafeUrl(url) || (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:\/\//i.test(url)))) {
    problems.push({ problem: `${attribute} "${url}" is not an address a page may load.`, fix: 'Use an https:// address, or a path of the site such as /fonts/inter.css.' });
  }
  const httpEquiv = entry.attrs['http-equiv'];
  if (entry.tag === 'meta' && typeof httpEquiv === 'string' && /^content-security-policy$/i.test(httpEquiv)) {
    problems.push({ problem: 'a <meta http-equiv="Content-Security-Policy"> would fight the policy the build writes.', fix: 'Add the sources your tags need with the `csp` setting instead.' });
  }
  return problems;
}

/** What is wrong with one source of the `csp` setting; undefined when nothing. */
export function cspSourceProblem(directive: string, source: string): SettingProblem | undefined {
  if (!(CSP_DIRECTIVES as readonly string[]).includes(directive)) {
    return { problem: `${directive} is not a directive the site adds sources to.`, fix: `Use one of ${CSP_DIRECTIVES.join(', ')}.` };
  }
  if (!/^https?:\/\/(?:\*\.)?[a-z0-9.-]+(?::\d+)?\/?$/i.test(source)) {
    return {
      problem: `"${source}" in ${directive} is not an origin: keywords such as 'unsafe-inline', schemes alone and wildcards would let injected code run.`,
      fix: 'Give origins such as https://fonts.gstatic.com or https://*.acme-cdn.com.',
    };
  }
  return undefined;
}

/** The `<head>` tags of the setting, with paths of the site under the base path. */
export function headEntryTags(entries: readonly HeadEntry[], base: string): HeadTag[] {
  return entries.map((entry) => {
    const attribute = urlAttribute(entry);
    const url = attribute ? entry.attrs[attribute] : undefined;
    const attrs = typeof url === 'string' && attribute ? { ...entry.attrs, [attribute]: withBasePath(url, base) } : { ...entry.attrs };
    return { tag: entry.tag, attrs };
  });
}

/** The directive a `<link>` loads into, by its rel and as. */
function linkDirective(attrs: HeadEntry['attrs']): CspDirective | undefined {
  const rel = String(attrs.rel ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('stylesheet')) return 'style-src';
  if (rel.includes('icon') || rel.includes('apple-touch-icon')) return 'img-src';
  if (rel.includes('preload') || rel.includes('modulepreload')) {
    const as = String(attrs.as ?? (rel.includes('modulepreload') ? 'script' : '')).toLowerCase();
    return ({ font: 'font-src', style: 'style-src', script: 'script-src', image: 'img-src', fetch: 'connect-src' } as const)[as as 'font'];
  }
  return undefined;
}

/**
 * The sources the tags and the `csp` setting add to the policy: a script's origin for scripts and
 * for the requests it makes (analytics send their events home), a stylesheet's for styles, a
 * preloaded font's for fonts; then the `csp` setting's own (the fonts a stylesheet loads, say).
 */
export function policySources(entries: readonly HeadEntry[], extra: CspSources = {}): CspSources {
  const sources: Record<string, Set<string>> = {};
  const add = (directive: CspDirective, source: string) => (sources[directive] ??= new Set()).add(source);
  for (const entry of entries) {
    const attribute = urlAttribute(entry);
    const url = attribute ? entry.attrs[attribute] : undefined;
    if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) continue;
    const origin = new URL(url).origin;
    if (entry.tag === 'script') {
      add('script-src', origin);
      add('connect-src', origin);
    } else {
      const directive = linkDirective(entry.attrs);
      if (directive) add(directive, origin);
    }
  }
  for (const directive of CSP_DIRECTIVES) for (const source of extra[directive] ?? []) add(directive, source.replace(/\/$/, ''));
  return Object.fromEntries(CSP_DIRECTIVES.filter((d) => sources[d]).map((d) => [d, [...sources[d]!]]));
}
