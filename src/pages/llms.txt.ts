import type { APIRoute } from 'astro';
import { loadDocsSite } from '../build/docs-site';
import { escapeMarkdownText } from '../pipeline/markdown';
import { flattenSidebar } from '../site/sidebar';
import { slugToUrl } from '../site/urls';
import { siteConfig } from '../site.config';

/** `llms.txt` (https://llmstxt.org): every page, in sidebar order, with its description. */
export const GET: APIRoute = async ({ site }) => {
  const { routes, sidebar } = await loadDocsSite();
  const base = import.meta.env.BASE_URL;
  const bySlug = new Map(routes.map((r) => [r.slug, r.entry]));
  const ordered = [...new Set([...flattenSidebar(sidebar).map((l) => l.slug), ...routes.map((r) => r.slug)])];
  const oneLine = (text: string) => escapeMarkdownText(text.replace(/\s+/g, ' ').trim());
  const lines = ordered.flatMap((slug) => {
    const entry = bySlug.get(slug);
    if (!entry) return [];
    const url = new URL(`${slugToUrl(slug, base)}index.md`, site).href;
    const description = entry.data.description ? `: ${oneLine(entry.data.description)}` : '';
    return [`- [${oneLine(entry.data.title)}](${url})${description}`];
  });
  const body = `# ${siteConfig.title}\n\n> ${oneLine(siteConfig.description)}\n\n## Docs\n\n${lines.join('\n')}\n`;
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
