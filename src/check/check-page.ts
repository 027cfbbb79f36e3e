import type { Config, Node, ValidateError } from '@markdoc/markdoc';
import { createSlugger, headingId, isGlobalName, isReservedId } from '../pipeline/slug';
import type { Diagnostic } from './diagnostics';
import { isKnownLanguage, type LanguageAlias } from '../pipeline/highlight';
import type { RenderNode } from '../pipeline/render-tree';
import { closest } from './suggest';
import { isSafeUrl, urlAttributes } from '../site/urls';

/** A link or image found in a page, where the author wrote it. */
export interface LinkRef {
  href: string;
  line: number;
  column: number;
}

/** What the site-wide checks need to know about a page. */
export interface PageFacts {
  /** The page's file, relative to the repository. */
  file: string;
  /** The page's URL without the base path (`/docs/a/b/`). */
  url: string;
  /** Every id readers can link to on the page (headings, aliases, other elements). */
  anchors: string[];
  links: LinkRef[];
  images: LinkRef[];
  /** The page's old URLs (`redirectFrom`). */
  redirectFrom: string[];
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
}

/** An id usable as a URL fragment as written: any letters (not only ASCII), no spaces or quotes. */
const FRAGMENT = /^[^\s#"'<>`%\\]+$/u;

/** 1-based column of `needle` on a 1-based line of the source, or 1 when it is not there. */
function columnOf(lines: readonly string[], line: number, needle: string): number {
  const text = lines[line - 1] ?? '';
  const at = needle ? text.indexOf(needle) : -1;
  return at === -1 ? Math.max(1, text.search(/\S/) + 1) : at + 1;
}

/**
 * Finds constructs in a page's source. Markdoc gives an inline node (a link, an image, a tag
 * inside a line) the lines of its whole block, so the construct is looked for across those lines,
 * each time after the last place the same text was found in the same block: a link on the second
 * line of a paragraph, or the second of two identical links, points at its own place.
 */
export class SourceLocator {
  private readonly after = new Map<string, { line: number; index: number }>();

  constructor(private readonly lines: readonly string[]) {}

  /** The line and column of `needle` within `node`'s lines; the node's first line when it is not there. */
  find(node: Node, needle: string): { line: number; column: number } {
    const first = (node.lines[0] ?? 0) + 1;
    const last = Math.max(first, node.lines[node.lines.length - 1] ?? first);
    const key = `${first}:${last}:${needle}`;
    const from = this.after.get(key) ?? { line: first, index: 0 };
    for (let line = from.line; needle && line <= last; line++) {
      const index = (this.lines[line - 1] ?? '').indexOf(needle, line === from.line ? from.index : 0);
      if (index !== -1) {
        this.after.set(key, { line, index: index + needle.length });
        return { line, column: index + 1 };
      }
    }
    return { line: first, column: columnOf(this.lines, first, needle) };
  }
}

/** The text of inline nodes, as a heading's slug is made from it. */
export function nodeText(node: Node): string {
  if (node.type === 'text' || node.type === 'code') return String(node.attributes.content ?? '');
  return node.children.map(nodeText).join('');
}

/**
 * Turns Markdoc's validation errors into diagnostics an author can act on: the tag as they wrote
 * it, what is wrong, and a fix worked out from the tags and attributes the site has.
 */
export function explainMarkdocErrors(file: string, source: string, errors: readonly ValidateError[], config: Config): Diagnostic[] {
  const lines = source.split('\n');
  const tags = config.tags ?? {};
  const tagNames = Object.keys(tags);
  const out: Diagnostic[] = [];
  const unclosed = errors
    .filter((e) => e.error.id === 'missing-closing')
    .map((e) => ({ tag: /Node '([^']+)'/.exec(e.error.message)?.[1], line: (e.lines[0] ?? 0) + 1 }));
  for (const { error, lines: at, location } of errors) {
    let line = (location?.start.line ?? at[0] ?? 0) + 1;
    // Markdoc can point at the start of the list item holding a closing tag: find its real line.
    if (error.id === 'missing-opening' || error.id === 'tag-placement-invalid') {
      const last = (at[at.length - 1] ?? line - 1) + 1;
      for (let l = line; l <= last; l++) {
        if (/\{%\s*\//.test(lines[l - 1] ?? '')) {
          line = l;
          break;
        }
      }
    }
    const text = lines[line - 1] ?? '';
    const base = { file, line, column: columnOf(lines, line, '{%'), level: error.level === 'error' || error.level === 'critical' ? ('error' as const) : ('warning' as const), id: error.id };
    let match: RegExpExecArray | null;
    if (error.id === 'tag-undefined' && (match = /Undefined tag: '([^']+)'/.exec(error.message))) {
      const name = match[1]!;
      const guess = closest(name, tagNames);
      out.push({ ...base, column: columnOf(lines, line, name), message: `{% ${name} %} is not a tag this site knows.`, hint: guess ? `Did you mean {% ${guess} %}?` : `Tags this site knows: ${tagNames.sort().join(', ')}.` });
    } else if (error.id === 'attribute-undefined' && (match = /Invalid attribute: '([^']+)'/.exec(error.message))) {
      const attribute = match[1]!;
      const tag = /\{%\s*([\w-]+)/.exec(text)?.[1] ?? '';
      const known = Object.keys(tags[tag]?.attributes ?? {});
      const guess = closest(attribute, known);
      out.push({ ...base, column: columnOf(lines, line, `${attribute}=`), message: `{% ${tag} %} has no attribute \`${attribute}\`.`, hint: guess ? `Did you mean ${guess}=…?` : known.length > 0 ? `Its attributes: ${known.join(', ')}.` : `It takes no attributes.` });
    } else if (error.id === 'attribute-value-invalid' && (match = /Attribute '([^']+)' must match one of (\[.*\])\. Got '([^']*)' instead\./.exec(error.message))) {
      const [, attribute, list, got] = match as unknown as [string, string, string, string];
      const allowed = JSON.parse(list) as string[];
      const tag = /\{%\s*([\w-]+)/.exec(text)?.[1] ?? '';
      const guess = closest(got, allowed);
      out.push({ ...base, column: columnOf(lines, line, `${attribute}=`), message: `{% ${tag} ${attribute}="${got}" %}: ${attribute} must be one of ${allowed.map((v) => `"${v}"`).join(', ')}. Got "${got}".`, hint: guess ? `Did you mean ${attribute}="${guess}"?` : `Use one of the values above.` });
    } else if (error.id === 'attribute-value-invalid' && (match = /Partial `([^`]+)` not found/.exec(error.message))) {
      const name = match[1]!;
      const known = Object.keys(config.partials ?? {});
      const guess = closest(name, known);
      out.push({ ...base, id: 'partial-missing', column: columnOf(lines, line, name), message: `The partial "${name}" does not exist in the partials folder.`, hint: guess ? `Did you mean file="${guess}"?` : known.length > 0 ? `Partials that exist: ${known.sort().join(', ')}.` : 'Create it in the partials folder of the content directory.' });
    } else if (error.id === 'attribute-type-invalid' && (match = /Attribute '([^']+)' must be type of '([^']+)'/.exec(error.message))) {
      const [, attribute, type] = match as unknown as [string, string, string];
      const tag = /\{%\s*([\w-]+)/.exec(text)?.[1] ?? '';
      const wanted = ({ String: 'text', Number: 'a number', Boolean: 'true or false', Array: 'a list', Object: 'an object' } as Record<string, string>)[type] ?? type;
      const hint = type === 'String' ? `Quote the value: ${attribute}="…".` : type === 'Number' ? `Write a number without quotes: ${attribute}=2.` : `Write ${wanted}.`;
      out.push({ ...base, column: columnOf(lines, line, `${attribute}=`), message: `{% ${tag} %}: ${attribute} must be ${wanted}.`, hint });
    } else if (error.id === 'missing-closing' && (match = /Node '([^']+)' is missing closing/.exec(error.message))) {
      const tag = match[1]!;
      out.push({ ...base, message: `{% ${tag} %} is opened here but never closed.`, hint: `Add {% /${tag} %} where it should end, or write {% ${tag} /%} if it holds nothing.` });
    } else if (error.id === 'missing-opening') {
      const closing = /\{%\s*\/\s*([\w-]+)/.exec(text);
      const tag = closing?.[1] ?? 'tag';
      const column = closing ? closing.index + 1 : base.column;
      const open = unclosed.filter((u) => u.tag && u.line < line).pop();
      const hint =
        open && open.tag === tag
          ? `It sits inside a list item or a line of text, so it cannot close the {% ${tag} %} opened on line ${open.line}. Put {% /${tag} %} on a line of its own, not indented.`
          : open
            ? `Did you mean {% /${open.tag} %}? It would close the {% ${open.tag} %} opened on line ${open.line}.`
            : `Remove it, or open the tag with {% ${tag} %} before it. Tags must close in the order they were opened.`;
      out.push({ ...base, column, message: `{% /${tag} %} closes a tag that is not open here.`, hint });
    } else if (error.id === 'parse-error') {
      const doubleHash = /\{%\s*##/.test(text);
      const unicodeId = /\{%\s*#([^\s%]*[^\x00-\x7f][^\s%]*)/.exec(text)?.[1];
      const bad = /\{%\s*(##|#(?=[^\s%]*[^\x00-\x7f]))/.exec(text);
      const column = bad ? bad.index + bad[0].length - bad[1]!.length + 1 : columnOf(lines, line, '{%');
      out.push({ ...base, column, message: `This tag cannot be read: ${error.message}`, hint: doubleHash ? `An id is written with one #: {% #${/\{%\s*##([\w-]+)/.exec(text)?.[1] ?? 'id'} %}.` : unicodeId ? `The #id shorthand takes ASCII letters only: write {% id="${unicodeId}" %}.` : 'Check the {% … %} on this line: names, quotes and the closing %}.' });
    } else if (error.id === 'tag-placement-invalid' && (match = /'([^']+)' tag should be block/.exec(error.message))) {
      const tag = match[1]!;
      const at = new RegExp(`\\{%\\s*/?\\s*${tag}\\b`).exec(text);
      out.push({ ...base, column: at ? at.index + 1 : base.column, message: `{% ${tag} %} must stand on a line of its own, but here it is inside a line of text.`, hint: `Move it to its own line, with a blank line before it.` });
    } else {
      out.push({ ...base, message: error.message });
    }
  }
  return out;
}

/** How deep block tags may nest; Markdown's parser stops reading structure somewhat deeper. */
export const MAX_TAG_DEPTH = 50;

/**
 * Reports block tags nested deeper than {@link MAX_TAG_DEPTH}, at the line where it happens.
 * Beyond that depth the page cannot be read reliably, so this replaces the cascade of "never
 * closed" errors Markdoc would give.
 */
export function checkNesting(file: string, source: string): Diagnostic | undefined {
  const lines = source.split('\n');
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    for (const tag of lines[i]!.matchAll(/\{%\s*(\/?)\s*([A-Za-z][\w-]*)[^%]*?(\/?)\s*%\}/g)) {
      if (tag[1]) depth = Math.max(0, depth - 1);
      else if (!tag[3] && !['partial', 'else'].includes(tag[2]!)) depth++;
      if (depth > MAX_TAG_DEPTH) {
        return { file, line: i + 1, column: (tag.index ?? 0) + 1, level: 'error', id: 'tag-nesting-too-deep', message: `Tags are nested more than ${MAX_TAG_DEPTH} deep here, so the page cannot be read reliably.`, hint: 'Close tags before opening new ones: no page needs this much nesting.' };
      }
    }
  }
  return undefined;
}

/** Reports an opening `---` without a closing one, and a code fence that is never closed. */
export function checkStructure(file: string, source: string): Diagnostic[] {
  const lines = source.split('\n');
  const out: Diagnostic[] = [];
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (close === -1) {
      out.push({ file, line: 1, column: 1, level: 'error', id: 'frontmatter-unclosed', message: 'The frontmatter starts with --- on line 1 but is never closed, so the whole file is read as frontmatter.', hint: 'Add a line with --- after the last frontmatter field.' });
      return out;
    }
    start = close + 1;
  }
  let open: { line: number; marker: string } | undefined;
  for (let i = start; i < lines.length; i++) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(lines[i]!);
    if (!fence) continue;
    if (!open) open = { line: i + 1, marker: fence[1]! };
    else if (fence[1]![0] === open.marker[0] && fence[1]!.length >= open.marker.length && lines[i]!.trim() === fence[1]) open = undefined;
  }
  // markdown-it drops script links silently (they show as text): the author still needs to know.
  let fenced: string | undefined;
  for (let i = start; i < lines.length; i++) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(lines[i]!);
    if (fence) fenced = fenced === undefined ? fence[1] : undefined;
    if (fenced !== undefined) continue;
    for (const unsafe of lines[i]!.matchAll(/\]\(\s*<?\s*((?:javascript|vbscript|data)\s*:\S*)\)/gi)) {
      out.push({ file, line: i + 1, column: (unsafe.index ?? 0) + 3, level: 'error', id: 'url-unsafe', message: `The link target "${unsafe[1]}" would run a script, so it is not published.`, hint: 'Link to a page or a web address (https://…) instead.' });
    }
  }
  if (open) {
    out.push({ file, line: open.line, column: 1, level: 'error', id: 'code-fence-unclosed', message: `This code block is never closed: everything after it, to the end of the file, shows as code.`, hint: `Add a line with ${open.marker} where the code ends.` });
  }
  return out;
}

/** Ids found in a compiled body: headings, aliases and any other element readers can link to. */
export function collectIds(body: readonly RenderNode[]): string[] {
  const ids: string[] = [];
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const visit = (nodes: readonly RenderNode[]) => {
    for (const node of nodes) {
      if (typeof node === 'string') {
        for (const m of node.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]*)"/g)) ids.push(decode(m[1]!));
      } else {
        if (typeof node.props.id === 'string') ids.push(node.props.id);
        visit(node.children);
      }
    }
  };
  visit(body);
  return ids;
}

/**
 * Checks what can be checked within one page: Markdoc errors explained, headings (empty,
 * duplicate or invalid ids), placeholder and unsafe links, images without alt text, code in a
 * language Shiki does not know. Returns the page's links and images for the site-wide checks.
 */
export function checkPage(input: PageCheckInput): { diagnostics: Diagnostic[]; links: LinkRef[]; images: LinkRef[] } {
  const { file, source, ast, config } = input;
  const lines = source.split('\n');
  const diagnostics = explainMarkdocErrors(file, source, input.errors, config);
  const links: LinkRef[] = [];
  const images: LinkRef[] = [];
  const slugger = createSlugger();
  const seen = new Map<string, number>();
  const htmlLines = new Set<number>();
  // Text inside code fences is code: HTML there is meant to be shown.
  // (A fence is walked before anything inside it, so its lines are known by then.)
  const fenceLines = new Set<number>();
  const lineOf = (node: Node) => (node.lines[0] ?? 0) + 1;
  const locator = new SourceLocator(lines);

  for (const node of ast.walk()) {
    if (node.type === 'fence') {
      const [start = 0, end = start] = [node.lines[0], node.lines[node.lines.length - 1]];
      for (let l = start; l <= end; l++) fenceLines.add(l + 1);
    }
    if (node.type === 'heading') {
      const line = lineOf(node);
      const text = nodeText(node).trim();
      const explicit = typeof node.attributes.id === 'string' ? node.attributes.id : undefined;
      const id = headingId(slugger, text, explicit);
      if (text === '') diagnostics.push({ file, line, column: 1, level: 'error', id: 'heading-empty', message: 'This heading has no text: it shows as an empty line in the page and its table of contents.', hint: 'Write the heading text after the #, or remove the line.' });
      if (explicit !== undefined && !FRAGMENT.test(explicit)) {
        diagnostics.push({ file, line, column: columnOf(lines, line, explicit), level: 'error', id: 'heading-id-invalid', message: `The id "${explicit}" cannot be used in a link (#${explicit}): ids hold no spaces, quotes or #.`, hint: `Use for example {% #${createSlugger().slug(explicit) || 'section'} %}.` });
      }
      for (const claimed of [explicit, ...(Array.isArray(node.attributes.aliases) ? node.attributes.aliases : [])]) {
        if (typeof claimed === 'string' && isGlobalName(claimed)) {
          diagnostics.push({ file, line, column: columnOf(lines, line, claimed), level: 'error', id: 'id-unsafe', message: `The id "${claimed}" is the name of a browser global: an element with it can shadow window.${claimed} for scripts.`, hint: `Choose another id, for example {% #${claimed.replace(/_/g, '') || 'section'}-section %}.` });
        } else if (typeof claimed === 'string' && isReservedId(claimed)) {
          diagnostics.push({ file, line, column: columnOf(lines, line, claimed), level: 'error', id: 'heading-id-reserved', message: `The id "${claimed}" belongs to the page layout (the skip link, search or navigation use it).`, hint: `Choose another id, for example {% #${claimed}-section %}.` });
        }
      }
      for (const alias of Array.isArray(node.attributes.aliases) ? node.attributes.aliases : []) {
        if (typeof alias === 'string' && !FRAGMENT.test(alias)) {
          diagnostics.push({ file, line, column: columnOf(lines, line, alias), level: 'error', id: 'heading-id-invalid', message: `The alias "${alias}" cannot be used in a link: ids hold no spaces, quotes or #.`, hint: `Use for example "${createSlugger().slug(alias) || 'section'}".` });
        }
      }
      const first = seen.get(id);
      if (first !== undefined && explicit !== undefined) {
        diagnostics.push({ file, line, column: columnOf(lines, line, explicit), level: 'error', id: 'heading-id-duplicate', message: `The id "${id}" is already used by the heading on line ${first}: links to #${id} can only reach the first one.`, hint: `Give this heading another id, for example {% #${id}-2 %}.` });
      }
      if (first === undefined) seen.set(id, line);
    } else if (node.type === 'text' && !fenceLines.has(lineOf(node))) {
      const content = String(node.attributes.content ?? '');
      const tag = /<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/.exec(content);
      // A paragraph's text nodes all carry its first line: find the line the tag is really on.
      const first = lineOf(node);
      const last = (node.lines[node.lines.length - 1] ?? first - 1) + 1;
      let line = first;
      while (tag && line < last && !(lines[line - 1] ?? '').includes(tag[0])) line++;
      if (tag && !htmlLines.has(line)) {
        htmlLines.add(line);
        diagnostics.push({ file, line, column: columnOf(lines, line, tag[0]), level: 'warning', id: 'html-as-text', message: `${tag[0].length > 40 ? `${tag[0].slice(0, 40)}…` : tag[0]} is HTML, which pages show as text, never as markup.`, hint: 'Write it in Markdown or with a tag instead; to show HTML as code, put it in `backticks`.' });
      }
    } else if (node.type === 'link') {
      const href = String(node.attributes.href ?? '');
      const target = locator.find(node, `](${href}`);
      const ref = { href, line: target.line, column: target.column + 2 };
      if (href.trim() === '' || href.trim() === '#') {
        diagnostics.push({ file, ...ref, level: 'error', id: 'link-placeholder', message: `This link goes nowhere: its target is "${href}".`, hint: 'Link to a page (/docs/…), a section (#id) or a web address, or remove the link.' });
      } else if (!isSafeUrl(href)) {
        diagnostics.push({ file, ...ref, level: 'error', id: 'url-unsafe', message: `The link target "${href}" would run a script, so it is not published.`, hint: 'Link to a page or a web address (https://…) instead.' });
      } else {
        links.push(ref);
      }
    } else if (node.type === 'image') {
      const src = String(node.attributes.src ?? '');
      // Reported at its `![`, found by way of its source (the alt text may hold anything).
      const at = locator.find(node, `](${src}`);
      const start = (lines[at.line - 1] ?? '').lastIndexOf('![', at.column - 1);
      const ref = { href: src, line: at.line, column: start === -1 ? at.column : start + 1 };
      if (!isSafeUrl(src)) {
        diagnostics.push({ file, ...ref, level: 'error', id: 'url-unsafe', message: `The image source "${src}" would run a script, so it is not published.`, hint: 'Use an image file (.png, .svg, .jpg…).' });
      } else {
        images.push(ref);
      }
      if (!String(node.attributes.alt ?? '').trim()) {
        diagnostics.push({ file, ...ref, level: 'warning', id: 'image-alt-missing', message: 'This image has no alt text, so screen-reader users do not know what it shows.', hint: 'Describe it between the brackets: ![What the image shows](…).' });
      }
    } else if (node.type === 'fence') {
      const language = String(node.attributes.language ?? '').trim();
      if (language && !isKnownLanguage(language, input.languageAliases)) {
        const line = lineOf(node);
        diagnostics.push({ file, line, column: columnOf(lines, line, language), level: 'warning', id: 'code-language-unknown', message: `The code language "${language}" is not one the highlighter knows: this block shows as plain text.`, hint: 'Use a language id from https://shiki.style/languages, or map this name in codeLanguageAliases in src/site.config.ts.' });
      }
    } else if (node.type === 'tag') {
      const id = node.attributes.id;
      if (typeof id === 'string' && isGlobalName(id)) {
        const line = lineOf(node);
        diagnostics.push({ file, line, column: columnOf(lines, line, id), level: 'error', id: 'id-unsafe', message: `The id "${id}" is the name of a browser global: an element with it can shadow window.${id} for scripts.`, hint: `Choose another id, for example {% ${node.tag} #${id.replace(/_/g, '') || 'x'}-note %}.` });
      } else if (typeof id === 'string' && isReservedId(id)) {
        const line = lineOf(node);
        diagnostics.push({ file, line, column: columnOf(lines, line, id), level: 'error', id: 'heading-id-reserved', message: `The id "${id}" belongs to the page layout (the skip link, search or navigation use it).`, hint: `Choose another id, for example {% ${node.tag} #${id}-note %}.` });
      }
      // The attributes the tag's schema declares as URLs, checked as the page's links and images are.
      for (const [name, kind] of urlAttributes(config.tags?.[node.tag ?? ''])) {
        const value = node.attributes[name];
        if (typeof value !== 'string') continue;
        const ref = { href: value, ...locator.find(node, value) };
        if (!isSafeUrl(value)) diagnostics.push({ file, ...ref, level: 'error', id: 'url-unsafe', message: `The ${name} "${value}" would run a script, so it is not published.`, hint: 'Link to a page or a web address (https://…) instead.' });
        else if (kind === 'image') images.push(ref);
        else if (value.trim() === '' || value.trim() === '#') diagnostics.push({ file, ...ref, level: 'error', id: 'link-placeholder', message: `This ${name} goes nowhere: it is "${value}".`, hint: 'Link to a page (/docs/…), a section (#id) or a web address.' });
        else links.push(ref);
      }
    }
  }
  return { diagnostics, links, images };
}

