import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDocsSite } from '../data/docs';
import { escapeMarkdownText } from '../lib/markdown';
import type { PageMetadata } from '../loader/docs-loader';

/** A plain Markdown copy of every page, at `<page-url>index.md`. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { routes } = await loadDocsSite();
  return routes.map(({ slug, entry }) => ({
    params: { path: slug === '' ? 'docs/index' : `docs/${slug}/index` },
    props: {
      title: entry.data.title,
      description: entry.data.description,
      markdown: (entry.rendered?.metadata as unknown as PageMetadata).markdown,
    },
  }));
};

export const GET: APIRoute = ({ props }) => {
  const { title, description, markdown } = props as { title: string; description?: string; markdown: string };
  const oneLine = (text: string) => escapeMarkdownText(text.replace(/\s+/g, ' ').trim());
  const intro = description ? `\n\n${oneLine(description)}` : '';
  return new Response(`# ${oneLine(title)}${intro}\n\n${markdown}`, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
