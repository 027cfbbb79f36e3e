import type { APIRoute } from 'astro';
import { loadDocsSite } from '../build/docs-site';
import { llmsSections, renderLlmsTxt } from '../site/llms';
import { slugToUrl } from '../site/urls';
import { siteConfig } from '../site.config';

/** `llms.txt` (https://llmstxt.org): every page with its description, grouped as the sidebar groups them. */
export const GET: APIRoute = async ({ site }) => {
  const { routes, sidebar } = await loadDocsSite();
  const base = import.meta.env.BASE_URL;
  const pages = routes.map(({ slug, entry }) => ({ slug, title: entry.data.title, description: entry.data.description }));
  const body = renderLlmsTxt(siteConfig, llmsSections(sidebar, pages), (slug) => new URL(`${slugToUrl(slug, base)}index.md`, site).href);
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
