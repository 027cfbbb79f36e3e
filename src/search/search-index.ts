import { escapeHtml, VOID_ELEMENTS } from '../pipeline/html.ts';
import type { RenderNode } from '../pipeline/render-tree.ts';
import { isNoindex } from '../site/sitemap.ts';

/** Options Pagefind indexes with, in builds and in the dev server alike. */
export const PAGEFIND_OPTIONS = {
  // Keep identifiers such as `users.read` whole, as readers type them.
  includeCharacters: '._',
} as const;

/** What the search indexer does with a built HTML file. */
export type SearchVerdict =
  /** A page with an article body: index it. */
  | { kind: 'index' }
  /** A page that asks to stay out of search (404, redirects): skip it quietly. */
  | { kind: 'skip' }
  /** A page readers can reach that has no body to index: say so. */
  | { kind: 'empty'; reason: string };

/**
 * Decides whether a built page goes in the search index, from its markup alone (this runs on
 * every page of a build, so it looks for markers rather than parsing). Pages marked `noindex`,
 * redirects and fragments without `<html>` are skipped; a page without `data-pagefind-body` is
 * reported.
 */
export function classifyForSearch(html: string): SearchVerdict {
  if (!/<html[\s>]/i.test(html)) return { kind: 'skip' };
  const head = html.slice(0, html.search(/<body[\s>]/i) >>> 0 || html.length);
  if (/<meta[^>]+http-equiv="refresh"/i.test(head)) return { kind: 'skip' };
  const body = nextBodyTag(html, 0) !== undefined;
  // A page kept from search engines may still be for readers' search (an old version's pages):
  // its body says so. The 404 page has none.
  if (isNoindex(head)) return body ? { kind: 'index' } : { kind: 'skip' };
  if (!body) return { kind: 'empty', reason: 'it has no element marked data-pagefind-body' };
  return { kind: 'index' };
}

/** Reads the number of words Pagefind indexed from its log (`Indexed 550 words`). */
export function parseIndexedWords(log: string): number | undefined {
  const match = /Indexed (\d+) words?/.exec(log);
  return match ? Number(match[1]) : undefined;
}

/** Elements that have no closing tag, so cannot hold a page body. */

/** The end (after its closing tag) of the `name` element whose content starts at `from`, or -1. */
function elementEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return -1;
}

/** An element marked `data-pagefind-body`: where its opening tag starts and ends, and its name. */
interface BodyTag {
  start: number;
  end: number;
  name: string;
}

/**
 * The next opening tag from `from` on that carries `data-pagefind-body`. Looks for the attribute
 * first and then for the tag around it: a scan tag by tag is several times slower on the
 * thousands of pages of a build.
 */
function nextBodyTag(html: string, from: number): BodyTag | undefined {
  const attribute = /\sdata-pagefind-body(?=[\s=/>])/gi;
  attribute.lastIndex = from;
  for (let found = attribute.exec(html); found; found = attribute.exec(html)) {
    const start = html.lastIndexOf('<', found.index);
    const tag = /<([a-z][a-z0-9-]*)(?=[\s/>])[^>]*>/iy;
    tag.lastIndex = start;
    const match = start >= from ? tag.exec(html) : null;
    // The attribute must sit inside that tag, not in text after it.
    if (match && start + match[0].length > found.index) return { start, end: start + match[0].length, name: match[1]!.toLowerCase() };
  }
  return undefined;
}

/**
 * The part of a built page that Pagefind reads, as a document of its own: the `<html>` tag (its
 * language), the title, and every element marked `data-pagefind-body`, whole. The rest of a page
 * (header, sidebar, table of contents) is markup Pagefind parses only to skip it; on a large site
 * it is most of each page and most of the time indexing takes. A page that has other Pagefind
 * markers outside its bodies (meta, filters, sort keys), or whose bodies cannot be delimited, is
 * indexed whole: undefined.
 */
export function searchDocument(html: string): string | undefined {
  const htmlTag = /<html(?=[\s>])[^>]*>/i.exec(html);
  if (!htmlTag) return undefined;
  const bodies: string[] = [];
  let outside = '';
  let position = 0;
  for (let tag = nextBodyTag(html, 0); tag; tag = nextBodyTag(html, position)) {
    const end = VOID_ELEMENTS.has(tag.name) ? -1 : elementEnd(html, tag.name, tag.end);
    if (end === -1) return undefined;
    outside += html.slice(position, tag.start);
    bodies.push(html.slice(tag.start, end));
    position = end;
  }
  if (bodies.length === 0) return undefined;
  outside += html.slice(position);
  if (/\sdata-pagefind-(?!body|ignore|weight)[a-z-]+/i.test(outside)) return undefined;
  const title = /<title(?=[\s>])[^>]*>[\s\S]*?<\/title>/i.exec(outside)?.[0] ?? '';
  return `<!DOCTYPE html>${htmlTag[0]}<head><meta charset="utf-8">${title}</head><body>${bodies.join('')}</body></html>`;
}

/**
 * A search document whose table cells read as sentences in excerpts. Pagefind ends each data cell
 * as a sentence (`users.read. Access to read users.`) but runs header cells together
 * (`NameDescription`): header cells are handed to it as data cells. Readers never see this
 * document; the page keeps its `<th>`.
 */
export function readableCells(html: string): string {
  return html.replace(/<th(?=[\s>])/gi, '<td').replace(/<\/th>/gi, '</td>');
}

/** The HTML of a compiled page body: its strings as they are, each component replaced by its slot content. */
function bodyHtml(nodes: readonly RenderNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : bodyHtml(node.children))).join('');
}

/**
 * A page's search document made from what the pipeline compiled rather than from the rendered
 * page, for search in the dev server: the page's title and its body, each component replaced by
 * its contents (a component's own text, such as a callout's default title, is left out). Its
 * headings keep their ids, so results land on sections as in the built site.
 */
export function compiledSearchDocument(page: { title: string; lang: string; body: readonly RenderNode[]; version?: string }): string {
  const title = escapeHtml(page.title);
  // On a site of several versions, the version the page is in, as its built page says it.
  const filter = page.version ? ` data-pagefind-filter="version:${escapeHtml(page.version)}"` : '';
  return readableCells(`<!DOCTYPE html><html lang="${escapeHtml(page.lang)}"><head><meta charset="utf-8"><title>${title}</title></head><body><article data-pagefind-body${filter}><h1>${title}</h1>${bodyHtml(page.body)}</article></body></html>`);
}
