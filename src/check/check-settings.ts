/**
 * Checks the site's settings: those still left at the template's placeholders (a site published
 * with them has canonical links, a sitemap and "Edit this page" links pointing at addresses that
 * are not its own: warnings, errors with `--strict`), and `head` tags or `csp` sources the site's
 * Content-Security-Policy cannot allow (errors: the build stops). Reported by the build and by
 * `npm run check`, each at its setting in the config file.
 */
import { diagnose } from './catalog.ts';
import type { Diagnostic } from './diagnostics.ts';
import { cspSourceProblem, headEntryProblems } from '../site/head-setting.ts';
import type { SiteConfig } from '../site.config.ts';

/** The template's own name for the site: a site still called this has not been named yet. */
export const TEMPLATE_TITLE = 'Platform Docs';

/** Host names reserved for examples and tests (RFC 2606, RFC 6761): never a published site. */
const RESERVED_HOST = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)$/i;
/** Code hosts whose first path segment is an owner: `github.com/example/...` is a placeholder. */
const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org']);

/** Whether a URL is an example address rather than a real one. */
export function isPlaceholderUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value.replace('{path}', 'path'));
  } catch {
    return false;
  }
  if (RESERVED_HOST.test(url.hostname)) return true;
  const owner = url.pathname.split('/')[1]?.toLowerCase();
  return CODE_HOSTS.has(url.hostname.replace(/^www\./, '')) && (owner === 'example' || owner === 'your-org' || owner === 'org');
}

/**
 * The 1-based line and column of a setting's value in the config's source (after the line that
 * assigns `siteConfig`, so the type's declaration of the same key is passed over), or of line 1.
 */
function locate(source: string, key: string): { line: number; column: number } {
  const lines = source.split('\n');
  const start = Math.max(0, lines.findIndex((l) => /\bsiteConfig\b[^=]*=/.test(l)));
  const pattern = new RegExp(`^(\\s*['"]?${key}['"]?\\s*:\\s*)\\S`);
  for (let i = start; i < lines.length; i++) {
    const match = pattern.exec(lines[i]!);
    if (match) return { line: i + 1, column: match[1]!.length + 1 };
  }
  return { line: 1, column: 1 };
}

/** Where a text (a URL a tag loads, a policy source) first appears in the config's source, or undefined. */
function locateText(source: string, text: string): { line: number; column: number } | undefined {
  const index = source.indexOf(text);
  if (index < 0 || text === '') return undefined;
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

type Settings = Pick<SiteConfig, 'title' | 'url' | 'repository' | 'editUrl'> & Partial<Pick<SiteConfig, 'head' | 'csp'>>;

/**
 * The placeholder settings of a site config; `source` is the config file's text and `file` its
 * path as reported, so each finding points at its setting.
 */
export function checkSettings(site: Settings, source: string, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const entry of site.head ?? []) {
    const url = entry.attrs.src ?? entry.attrs.href;
    const at = (typeof url === 'string' && locateText(source, url)) || locate(source, 'head');
    for (const { problem, fix } of headEntryProblems(entry)) found.push(diagnose('setting-invalid', { file, ...at }, { key: 'head', problem, fix }));
  }
  for (const [directive, sources] of Object.entries(site.csp ?? {})) {
    for (const item of sources ?? []) {
      const trouble = cspSourceProblem(directive, item);
      const at = locateText(source, `'${item}'`) ?? locateText(source, `"${item}"`) ?? locate(source, 'csp');
      if (trouble) found.push(diagnose('setting-invalid', { file, ...at }, { key: 'csp', ...trouble }));
    }
  }
  const report = (key: 'title' | 'url' | 'repository' | 'editUrl', value: string, effect: string, fix: string) =>
    found.push(diagnose('setting-placeholder', { file, ...locate(source, key) }, { key, value, effect, fix }));
  if (site.title === TEMPLATE_TITLE) {
    report('title', site.title, 'the header and every page title show it', 'Set `title` to the name of your docs, for example "Acme Docs".');
  }
  if (isPlaceholderUrl(site.url)) {
    report('url', site.url, 'canonical links, the sitemap, robots.txt and llms.txt point to that address', 'Set `url` to the address the site is published at, for example "https://docs.acme.com" (or "https://acme.github.io" on GitHub Pages).');
  }
  if (site.repository && isPlaceholderUrl(site.repository)) {
    report('repository', site.repository, 'the header links to it', 'Set `repository` to your repository\'s address, or remove it to hide the link.');
  }
  if (site.editUrl && isPlaceholderUrl(site.editUrl)) {
    report('editUrl', site.editUrl, 'every page\'s "Edit this page" link goes there', 'Set `editUrl` to your repository\'s edit address, for example "https://github.com/acme/docs/edit/main/{path}", or remove it to hide the links.');
  }
  return found;
}
