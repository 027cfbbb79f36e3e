import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDocsSite, loadPageMarkdown } from '../data/docs';
import { escapeMarkdownText } from '../lib/markdown';
import type { CollectionEntry } from 'astro:content';

/** A plain Markdown copy of every page, at `<page-url>index.md`. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { routes } = await loadDocsSite();
  return routes.map(({ slug, entry }) => ({
    params: { path: slug === '' ? 'docs/index' : `docs/${slug}/index` },
    props: { entry },
    // The copy is made of the entry alone: a rebuild reuses it while the entry is unchanged.
    ...(entry.digest ? { cacheKey: entry.digest } : {}),
  }));
};

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: CollectionEntry<'docs'> };
  const { title, description } = entry.data;
  const markdown = loadPageMarkdown(entry);
  const oneLine = (text: string) => escapeMarkdownText(text.replace(/\s+/g, ' ').trim());
  const intro = description ? `\n\n${oneLine(description)}` : '';
  return new Response(`# ${oneLine(title)}${intro}\n\n${markdown}`, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
