import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDocsSite, loadPageMarkdown } from '../build/docs-site.ts';
import { markdownCopy } from '../pipeline/markdown.ts';
import type { CollectionEntry } from 'astro:content';
import { slugToUrl } from '../site/urls.ts';

/**
 * A plain Markdown copy of every page, at `<page-url>index.md`, for the dev server. A build
 * writes the same copies directly (src/integrations/markdown-copies.ts), which is much faster
 * than rendering each as a route.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  if (!import.meta.env.DEV) return [];
  const { editions } = await loadDocsSite();
  return editions.flatMap(({ tag, version, routes }) =>
    routes.map(({ slug, entry }) => ({
      params: { path: `${tag ? `${tag}/` : ''}${slugToUrl(slug, '/', version.name).slice(1)}index` },
      props: { entry },
    })),
  );
};

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CollectionEntry<'docs'> };
  const markdown = await loadPageMarkdown(entry);
  // A page deleted since the list of pages was made.
  if (markdown === undefined) return new Response(null, { status: 404, statusText: 'Not found' });
  return new Response(markdownCopy(entry.data.title, entry.data.description, markdown), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
