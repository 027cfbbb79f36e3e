/**
 * The site's WebMCP tools: `search_docs` (Pagefind's results: titles, section addresses and
 * excerpts) and `get_page_markdown` (a docs page's Markdown copy). Both read the site and change
 * nothing; loaded only where the browser offers WebMCP (./webmcp.ts).
 */
import { markdownCopyUrl, searchResult, toolError, type ToolResult } from '../search/agent-tools.ts';
import { loadPagefind } from './pagefind.ts';

export interface ModelContext {
  registerTool(tool: {
    name: string;
    description: string;
    inputSchema: object;
    annotations?: { readOnlyHint?: boolean };
    execute: (input: Record<string, unknown>) => Promise<ToolResult>;
  }): unknown;
}

const MAX_PAGES = 8;

export function register(context: ModelContext): void {
  const dialog = document.querySelector<HTMLElement>('[data-search-dialog]');
  const base = dialog?.dataset.base ?? '/';
  // On a site of several versions, the version of the page open, as the search dialog searches it.
  const version = dialog?.dataset.version;
  context.registerTool({
    name: 'search_docs',
    description: `Searches ${document.title.split(' — ').pop() ?? 'these docs'} and returns the matching pages, each with its title, address, an excerpt, and the sections that match with their own addresses.`,
    inputSchema: {
      type: 'object',
      properties: { query: { type: 'string', description: 'Words to search for, as a reader would type them.' } },
      required: ['query'],
    },
    annotations: { readOnlyHint: true },
    async execute(input) {
      const query = typeof input.query === 'string' ? input.query.trim() : '';
      if (query === '') return toolError('Give a query: the words to search for.');
      try {
        const pagefind = await loadPagefind(base);
        const found = await pagefind.search(query, version ? { filters: { version } } : {});
        const hits = await Promise.all((found?.results ?? []).slice(0, MAX_PAGES).map((r) => r.data()));
        return searchResult(query, hits, location.origin);
      } catch {
        return toolError('The search index could not be loaded.');
      }
    },
  });
  context.registerTool({
    name: 'get_page_markdown',
    description: 'Returns a page of these docs as Markdown, with its section anchors as {#id}. Give the page address, or none for the page open in the browser.',
    inputSchema: {
      type: 'object',
      properties: { url: { type: 'string', description: 'Address or path of a docs page on this site; the current page when left out.' } },
    },
    annotations: { readOnlyHint: true },
    async execute(input) {
      const url = markdownCopyUrl(typeof input.url === 'string' ? input.url : undefined, location.href, base);
      if (!url) return toolError('That is not a docs page of this site.');
      const response = await fetch(url, { headers: { accept: 'text/markdown' } }).catch(() => undefined);
      if (!response?.ok) return toolError(`No page at ${url.replace(/index\.md$/, '')}.`);
      return { content: [{ type: 'text', text: await response.text() }] };
    },
  });
}
