import { getCollection, type CollectionEntry } from 'astro:content';
import { readGitDates } from '../site/git-dates';
import { readEnvironment } from '../config/env';
import { slugToUrl } from '../site/urls';
import { pageMetadata, readPageContent } from './content-cache';
import { buildRedirects, type Redirect } from '../site/redirects';
import { buildRoutes } from '../site/routes';
import { buildSidebar, type SidebarItem } from '../site/sidebar';
import type { RenderNode } from '../pipeline/render-tree';

/** The docs pages with their slugs, and what is computed from all of them. */
export interface DocsSite {
  routes: { slug: string; entry: CollectionEntry<'docs'> }[];
  sidebar: SidebarItem[];
  redirects: Redirect[];
  /** Last commit date of each page's file, by absolute path. */
  lastUpdated: Map<string, string>;
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
  const redirects = buildRedirects(
    routes.map(({ slug, entry }) => ({ slug, url: slugToUrl(slug), redirectFrom: entry.data.redirectFrom, file: entry.filePath })),
  );
  const lastUpdated = readGitDates(readEnvironment(process.cwd()).contentDir);
  return { routes, sidebar, redirects, lastUpdated };
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

/** A page's body (HTML strings and component tags), from the file the loader keeps it in. */
export function loadPageBody(entry: CollectionEntry<'docs'>): RenderNode[] {
  return readPageContent(pageMetadata(entry).content).body;
}

/** A page's Markdown copy, from the file the loader keeps it in. */
export function loadPageMarkdown(entry: CollectionEntry<'docs'>): string {
  return readPageContent(pageMetadata(entry).content).markdown;
}
