import type { APIRoute } from 'astro';
import { loadDocsSite, loadPageMarkdown } from '../build/docs-site';
import { markdownCopy } from '../pipeline/markdown';
import { llmsSections, readingOrder, renderLlmsFull } from '../site/llms';
import { slugToUrl } from '../site/urls';
import { siteConfig } from '../site.config';

/** `llms-full.txt`: every page's Markdown copy in reading order, each after its address. */
export const GET: APIRoute = async ({ site }) => {
  const { routes, sidebar } = await loadDocsSite();
  const base = import.meta.env.BASE_URL;
  const entries = new Map(routes.map(({ slug, entry }) => [slug, entry]));
  const pages = routes.map(({ slug, entry }) => ({ slug, title: entry.data.title, description: entry.data.description }));
  const copies = readingOrder(llmsSections(sidebar, pages)).map(({ slug }) => {
    const entry = entries.get(slug)!;
    return { url: new URL(slugToUrl(slug, base), site).href, markdown: markdownCopy(entry.data.title, entry.data.description, loadPageMarkdown(entry)) };
  });
  return new Response(renderLlmsFull(siteConfig, copies), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
