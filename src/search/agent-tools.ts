/**
 * What the site's WebMCP tools (src/scripts/webmcp-tools.ts) answer an in-browser agent: search
 * results as titles, addresses and plain-text excerpts, and which address holds a page's Markdown.
 * Pure, so the answers are tested without a browser.
 */

/** A tool's answer, as WebMCP (and MCP) tools give it: text content. */
export interface ToolResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}

/** What Pagefind returns for one page, as far as the tool uses it. */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

/** Pagefind's excerpt (HTML with `<mark>`) as plain text. */
export function plainExcerpt(excerpt: string): string {
  return excerpt
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_m, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The search tool's answer: each page with its address and excerpt, and its matching sections. */
export function searchResult(query: string, hits: readonly SearchHit[], origin: string, sectionsPerPage = 3): ToolResult {
  const pages = hits.map((hit) => ({
    title: hit.meta.title ?? hit.url,
    url: new URL(hit.url, origin).href,
    excerpt: plainExcerpt(hit.excerpt),
    sections: (hit.sub_results ?? [])
      .filter((s) => s.url !== hit.url)
      .slice(0, sectionsPerPage)
      .map((s) => ({ title: s.title, url: new URL(s.url, origin).href, excerpt: plainExcerpt(s.excerpt) })),
  }));
  const text = pages.length === 0 ? `No page of these docs matches "${query}".` : JSON.stringify({ query, pages }, null, 2);
  return { content: [{ type: 'text', text }] };
}

/**
 * The address of a docs page's Markdown copy, for a page address the agent gives (absolute or a
 * path; the current page when none). Only this site's docs pages: anything else is undefined.
 */
export function markdownCopyUrl(page: string | undefined, current: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(page && page.trim() !== '' ? page : current, current);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(current).origin) return undefined;
  const docs = `${base.endsWith('/') ? base : `${base}/`}docs/`;
  let path = url.pathname.replace(/index\.(?:html|md)$/, '');
  if (!path.endsWith('/')) path += '/';
  return path.startsWith(docs) ? new URL(`${path}index.md`, url.origin).href : undefined;
}

/** An error answer, worded for the agent. */
export function toolError(text: string): ToolResult {
  return { content: [{ type: 'text', text }], isError: true };
}
