import type { Config, Node, ValidateError } from '@markdoc/markdoc';
import { isKnownLanguage, type LanguageAlias } from '../pipeline/highlight.ts';
import { iconAttributes, iconNames, resolveIcon } from '../pipeline/icons.ts';
import { createSlugger, headingId, isGlobalName, isReservedId, nodeText } from '../pipeline/slug.ts';
import { isSafeUrl, urlAttributes } from '../site/urls.ts';
import { diagnose, type Location } from './catalog.ts';
import type { Diagnostic } from './diagnostics.ts';
import { explainMarkdocErrors } from './markdoc-errors.ts';
import { closest } from './suggest.ts';
import { columnOf, SourceLocator } from './source-locator.ts';

/** A link or image found in a page, where the author wrote it. */
export interface LinkRef {
  href: string;
  line: number;
  column: number;
  /** The partial it is written in, when it is not the page's own file. */
  file?: string;
}

/** What the site-wide checks need to know about a page. */
export interface PageFacts {
  /** The page's file, relative to the repository. */
  file: string;
  /** The page's URL without the base path (`/docs/a/b/`). */
  url: string;
  /** Every id readers can link to on the page (headings, aliases, other elements). */
  anchors: string[];
  /** Where the author wrote each heading's and tag's id (or the heading whose text makes it). */
  anchorPlaces: Record<string, { line: number; column: number }>;
  /**
   * The ids the author wrote (`{% #scopes %}`, aliases, tag ids), in the page's order: a
   * translation keeps its source's, while ids made from heading text follow the translated text.
   */
  explicitAnchors?: string[];
  /** The translated language the page is in (its tag); none for the default language. */
  lang?: string;
  /** The old version the page is in (its name); none for the current version. */
  version?: string;
  /** On a translation, the digest of the source it was made from, as its frontmatter records it. */
  sourceDigest?: string;
  links: LinkRef[];
  images: LinkRef[];
  /** The page's old URLs (`redirectFrom`), where the frontmatter lists them. */
  redirectFrom: LinkRef[];
  /** The partials the page shows itself (`href`: the partial's file), at their `{% partial %}` tags. */
  includes: LinkRef[];
}

/** What {@link checkPage} looks at. */
export interface PageCheckInput {
  file: string;
  source: string;
  ast: Node;
  config: Config;
  /** Markdoc's validation errors for the page (from compiling it). */
  errors: readonly ValidateError[];
  /** Fence languages the site aliases to Shiki languages. */
  languageAliases?: Readonly<Record<string, LanguageAlias>>;
  /** The site's icon names (its `iconAliases` setting). */
  iconAliases?: Readonly<Record<string, string>>;
}

/** An id usable as a URL fragment as written: any letters (not only ASCII), no spaces or quotes. */
const FRAGMENT = /^[^\s#"'<>`%\\]+$/u;

/** What the checks of one page share while they walk it. */
interface PageWalk {
  input: PageCheckInput;
  lines: string[];
  locator: SourceLocator;
  diagnostics: Diagnostic[];
  links: LinkRef[];
  images: LinkRef[];
  includes: LinkRef[];
  /** Where each id of a heading or tag is written. */
  places: Record<string, { line: number; column: number }>;
  /** The ids the author wrote, in order. */
  explicit: string[];
  /** Where a place in the page is: its file, and a line and column. */
  at(line: number, column: number): Location;
  /** The 1-based first line of a node. */
  lineOf(node: Node): number;
}

/** Ids taken by the layout or the browser, reported where the author wrote them (`example`: a fix). */
function checkClaimedId(walk: PageWalk, id: string, line: number, fixes: { unsafe: string; reserved: string }): void {
  const at = walk.at(line, columnOf(walk.lines, line, id));
  if (isGlobalName(id)) walk.diagnostics.push(diagnose('id-unsafe', at, { id, example: fixes.unsafe }));
  else if (isReservedId(id)) walk.diagnostics.push(diagnose('heading-id-reserved', at, { id, example: fixes.reserved }));
}

/** Headings: text, ids that links can use, ids taken by the layout or another heading. */
function headingChecks(): (walk: PageWalk, node: Node) => void {
  const slugger = createSlugger();
  const seen = new Map<string, number>();
  return (walk, node) => {
    const line = walk.lineOf(node);
    const text = nodeText(node).trim();
    const explicit = typeof node.attributes.id === 'string' ? node.attributes.id : undefined;
    const aliases: unknown[] = Array.isArray(node.attributes.aliases) ? node.attributes.aliases : [];
    const id = headingId(slugger, text, explicit);
    walk.places[id] ??= { line, column: explicit === undefined ? 1 : columnOf(walk.lines, line, explicit) };
    for (const alias of aliases) if (typeof alias === 'string') walk.places[alias] ??= { line, column: columnOf(walk.lines, line, alias) };
    for (const written of [explicit, ...aliases]) if (typeof written === 'string' && written !== '') walk.explicit.push(written);
    if (text === '') walk.diagnostics.push(diagnose('heading-empty', walk.at(line, 1)));
    if (explicit !== undefined && !FRAGMENT.test(explicit)) {
      walk.diagnostics.push(diagnose('heading-id-invalid', walk.at(line, columnOf(walk.lines, line, explicit)), { id: explicit, fix: createSlugger().slug(explicit) || 'section' }));
    }
    for (const claimed of [explicit, ...aliases]) {
      if (typeof claimed !== 'string') continue;
      checkClaimedId(walk, claimed, line, { unsafe: `{% #${claimed.replace(/_/g, '') || 'section'}-section %}`, reserved: `{% #${claimed}-section %}` });
    }
    for (const alias of aliases) {
      if (typeof alias === 'string' && !FRAGMENT.test(alias)) {
        walk.diagnostics.push(diagnose('heading-id-invalid', walk.at(line, columnOf(walk.lines, line, alias)), { id: alias, alias: true, fix: createSlugger().slug(alias) || 'section' }));
      }
    }
    const first = seen.get(id);
    if (first !== undefined && explicit !== undefined) {
      walk.diagnostics.push(diagnose('heading-id-duplicate', walk.at(line, columnOf(walk.lines, line, explicit)), { id, line: first }));
    }
    if (first === undefined) seen.set(id, line);
  };
}

/** Text: HTML written in prose, which pages show as text (reported once per line). */
function textChecks(): (walk: PageWalk, node: Node) => void {
  const reported = new Set<number>();
  return (walk, node) => {
    const content = String(node.attributes.content ?? '');
    const tag = /<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/.exec(content);
    if (!tag) return;
    // A paragraph's text nodes all carry its first line: find the line the tag is really on.
    const first = walk.lineOf(node);
    const last = (node.lines[node.lines.length - 1] ?? first - 1) + 1;
    let line = first;
    while (line < last && !(walk.lines[line - 1] ?? '').includes(tag[0])) line++;
    if (reported.has(line)) return;
    reported.add(line);
    walk.diagnostics.push(diagnose('html-as-text', walk.at(line, columnOf(walk.lines, line, tag[0])), { html: tag[0] }));
  };
}

/** A Markdown link: a target that goes somewhere and runs no script. */
function checkLink(walk: PageWalk, node: Node): void {
  const href = String(node.attributes.href ?? '');
  const target = walk.locator.find(node, `](${href}`);
  const ref = { href, line: target.line, column: target.column + 2 };
  const at = walk.at(ref.line, ref.column);
  if (href.trim() === '' || href.trim() === '#') walk.diagnostics.push(diagnose('link-placeholder', at, { target: href }));
  else if (!isSafeUrl(href)) walk.diagnostics.push(diagnose('url-unsafe', at, { what: 'link target', url: href }));
  else walk.links.push(ref);
}

/** A Markdown image, reported at its `![` (found by way of its source: the alt text may hold anything). */
function checkImage(walk: PageWalk, node: Node): void {
  const src = String(node.attributes.src ?? '');
  const found = walk.locator.find(node, `](${src}`);
  const start = (walk.lines[found.line - 1] ?? '').lastIndexOf('![', found.column - 1);
  const ref = { href: src, line: found.line, column: start === -1 ? found.column : start + 1 };
  const at = walk.at(ref.line, ref.column);
  if (!isSafeUrl(src)) walk.diagnostics.push(diagnose('url-unsafe', at, { what: 'image source', url: src, image: true }));
  else walk.images.push(ref);
  if (!String(node.attributes.alt ?? '').trim()) walk.diagnostics.push(diagnose('image-alt-missing', at));
}

/** A code fence in a language the highlighter knows. */
function checkFence(walk: PageWalk, node: Node): void {
  const language = String(node.attributes.language ?? '').trim();
  if (!language || isKnownLanguage(language, walk.input.languageAliases)) return;
  const line = walk.lineOf(node);
  walk.diagnostics.push(diagnose('code-language-unknown', walk.at(line, columnOf(walk.lines, line, language)), { language }));
}

/** A tag: its id, and the attributes its schema declares as URLs, checked as links and images are. */
function checkTag(walk: PageWalk, node: Node): void {
  if (node.tag === 'partial' && typeof node.attributes.file === 'string') {
    const line = walk.lineOf(node);
    const column = (walk.lines[line - 1] ?? '').search(/\{%-?\s*partial\b/) + 1 || 1;
    walk.includes.push({ href: node.attributes.file, line, column });
  }
  const id = node.attributes.id;
  if (typeof id === 'string') {
    const line = walk.lineOf(node);
    walk.places[id] ??= { line, column: columnOf(walk.lines, line, id) };
    walk.explicit.push(id);
    checkClaimedId(walk, id, walk.lineOf(node), { unsafe: `{% ${node.tag} #${id.replace(/_/g, '') || 'x'}-note %}`, reserved: `{% ${node.tag} #${id}-note %}` });
  }
  for (const name of iconAttributes(walk.input.config.tags?.[node.tag ?? ''])) {
    const value = node.attributes[name];
    if (typeof value !== 'string' || resolveIcon(value, walk.input.iconAliases)) continue;
    const at = walk.locator.find(node, value);
    walk.diagnostics.push(diagnose('icon-unknown', walk.at(at.line, at.column), { name: value, guess: closest(value, iconNames(walk.input.iconAliases)) }));
  }
  for (const [name, kind] of urlAttributes(walk.input.config.tags?.[node.tag ?? ''])) {
    const value = node.attributes[name];
    if (typeof value !== 'string') continue;
    const ref = { href: value, ...walk.locator.find(node, value) };
    const at = walk.at(ref.line, ref.column);
    if (!isSafeUrl(value)) walk.diagnostics.push(diagnose('url-unsafe', at, { what: name, url: value }));
    else if (kind === 'image') walk.images.push(ref);
    else if (value.trim() === '' || value.trim() === '#') walk.diagnostics.push(diagnose('link-placeholder', at, { target: value, attribute: name }));
    else walk.links.push(ref);
  }
}

/**
 * Checks what can be checked within one page: Markdoc errors explained, headings (empty,
 * duplicate or invalid ids), placeholder and unsafe links, images without alt text, code in a
 * language Shiki does not know, tag ids and URLs. Returns the page's links and images for the
 * site-wide checks.
 */
export function checkPage(input: PageCheckInput): { diagnostics: Diagnostic[]; links: LinkRef[]; images: LinkRef[]; includes: LinkRef[]; places: PageFacts['anchorPlaces']; explicit: string[] } {
  const { file, source, ast, config } = input;
  const lines = source.split('\n');
  const walk: PageWalk = {
    input,
    lines,
    locator: new SourceLocator(lines),
    diagnostics: explainMarkdocErrors(file, source, input.errors, config),
    links: [],
    images: [],
    includes: [],
    places: {},
    explicit: [],
    at: (line, column) => ({ file, line, column }),
    lineOf: (node) => (node.lines[0] ?? 0) + 1,
  };
  const heading = headingChecks();
  const text = textChecks();
  // Text inside code fences is code: HTML there is meant to be shown. (A fence is walked before
  // anything inside it, so its lines are known by then.)
  const fenceLines = new Set<number>();
  for (const node of ast.walk()) {
    if (node.type === 'fence') {
      const [start = 0, end = start] = [node.lines[0], node.lines[node.lines.length - 1]];
      for (let l = start; l <= end; l++) fenceLines.add(l + 1);
    }
    if (node.type === 'heading') heading(walk, node);
    else if (node.type === 'text' && !fenceLines.has(walk.lineOf(node))) text(walk, node);
    else if (node.type === 'link') checkLink(walk, node);
    else if (node.type === 'image') checkImage(walk, node);
    else if (node.type === 'fence') checkFence(walk, node);
    else if (node.type === 'tag') checkTag(walk, node);
  }
  return { diagnostics: walk.diagnostics, links: walk.links, images: walk.images, includes: walk.includes, places: walk.places, explicit: walk.explicit };
}
