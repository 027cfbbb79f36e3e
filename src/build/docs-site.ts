import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { session } from 'virtual:docs-build';
import { siteConfig } from '../site.config';
import { buildPageData, type PageData } from '../site/page-data';
import { readManifest, writeManifest } from './manifest';
import { pageKey, planPage } from './page-reuse';
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

/** A docs page to render, with everything its layout shows. */
export interface DocsPage {
  slug: string;
  entry: CollectionEntry<'docs'>;
  page: PageData;
}

/**
 * The docs pages to render, with their data. The dev server renders every page. A build renders
 * the pages it cannot take unchanged from the previous build: it plans each page in the manifest
 * (its key, and whether it is carried over), and the end of the build carries those pages over
 * and records what it published (src/integrations/docs-site.ts).
 */
export async function docsPagesToRender(): Promise<DocsPage[]> {
  const { routes, sidebar, lastUpdated } = await loadDocsSite();
  const pages = routes.map(({ slug, entry }) => ({
    slug,
    entry,
    page: buildPageData({
      site: siteConfig,
      base: import.meta.env.BASE_URL,
      slug,
      title: entry.data.title,
      description: entry.data.description,
      headings: pageMetadata(entry).headings,
      sidebar,
      pageCount: routes.length,
      filePath: entry.filePath,
      lastUpdated: entry.filePath ? lastUpdated.get(resolve(entry.filePath)) : undefined,
    }),
  }));
  const build = session;
  if (!build) return pages;
  const manifest = readManifest(build.manifestFile);
  const toRender = pages.filter(({ entry, page }) => {
    const record = manifest.pages[pageMetadata(entry).facts.url];
    if (!record) return true;
    record.planned = planPage(build, record.built, record.url, pageKey(build.fingerprint, entry, page));
    return !record.planned.carried;
  });
  writeManifest(build.manifestFile, manifest);
  return toRender;
}
