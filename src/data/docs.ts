import { getCollection, type CollectionEntry } from 'astro:content';
import { buildRoutes } from '../lib/routes';
import { buildSidebar, type SidebarItem } from '../lib/sidebar';

/** The docs pages with their slugs, and the sidebar tree built from them. */
export interface DocsSite {
  routes: { slug: string; entry: CollectionEntry<'docs'> }[];
  sidebar: SidebarItem[];
}

let cached: Promise<DocsSite> | undefined;

async function load(): Promise<DocsSite> {
  const routes = buildRoutes(await getCollection('docs'));
  const sidebar = buildSidebar(
    routes.map(({ slug, entry }) => ({
      slug,
      title: entry.data.title,
      label: entry.data.sidebar.label,
      order: entry.data.sidebar.order,
      hidden: entry.data.sidebar.hidden,
    })),
  );
  return { routes, sidebar };
}

/**
 * The docs site, computed once per build and shared by every page. The dev server recomputes it
 * on each request, so edits show at once.
 */
export function loadDocsSite(): Promise<DocsSite> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
