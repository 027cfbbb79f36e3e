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
import { liveEntries } from './live-entries';
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

let devGitDates: { dir: string; dates: Map<string, string> } | undefined;

/**
 * The last commit date of each page's file. The dev server reads them once (two `git` calls that
 * every request after a save would otherwise wait for): a commit made while it runs shows after
 * a restart.
 */
function gitDates(dir: string): Map<string, string> {
  if (!import.meta.env.DEV) return readGitDates(dir);
  if (devGitDates?.dir !== dir) devGitDates = { dir, dates: readGitDates(dir) };
  return devGitDates.dates;
}

/** The docs site made from the collection's entries. */
function siteOf(entries: CollectionEntry<'docs'>[]): DocsSite {
  const routes = buildRoutes(entries);
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
  const lastUpdated = gitDates(readEnvironment(process.cwd()).contentDir);
  return { routes, sidebar, redirects, lastUpdated };
}

/** The dev server's docs site, and the version of the loader's entries it was made from. */
let devSite: { version: number; site: DocsSite } | undefined;

/**
 * The docs site, computed once per build and shared by every page. The dev server makes it from
 * the loader's entries as they are now (./live-entries.ts) whenever they changed, so edits show at
 * once and other requests cost nothing.
 */
export async function loadDocsSite(): Promise<DocsSite> {
  if (!import.meta.env.DEV) {
    cached ??= getCollection('docs').then(siteOf);
    return cached;
  }
  const live = liveEntries<CollectionEntry<'docs'>>('docs');
  // Before the loader has run (it runs before the first request), from Astro's store.
  if (!live) return siteOf(await getCollection('docs'));
  if (devSite?.version !== live.version) devSite = { version: live.version, site: siteOf(live.entries) };
  return devSite.site;
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
  /** The data its layout renders: computed for every page in a build, for the one page served in dev. */
  page: () => PageData;
}

/** The data the layout renders around one docs page. */
function pageData(site: DocsSite, slug: string, entry: CollectionEntry<'docs'>): PageData {
  return buildPageData({
    site: siteConfig,
    base: import.meta.env.BASE_URL,
    slug,
    title: entry.data.title,
    description: entry.data.description,
    headings: pageMetadata(entry).headings,
    sidebar: site.sidebar,
    pageCount: site.routes.length,
    filePath: entry.filePath,
    lastUpdated: entry.filePath ? site.lastUpdated.get(resolve(entry.filePath)) : undefined,
  });
}

/**
 * The docs pages to render, with their data. The dev server renders every page, each page's data
 * computed when it is served. A build renders the pages it cannot take unchanged from the
 * previous build: it plans each page in the manifest (its key, made from its data, and whether it
 * is carried over), and the end of the build carries those pages over and records what it
 * published (src/integrations/docs-site.ts).
 */
export async function docsPagesToRender(): Promise<DocsPage[]> {
  const site = await loadDocsSite();
  const build = session;
  if (!build) return site.routes.map(({ slug, entry }) => ({ slug, entry, page: () => pageData(site, slug, entry) }));
  const manifest = readManifest(build.manifestFile);
  const toRender: DocsPage[] = [];
  for (const { slug, entry } of site.routes) {
    const record = manifest.pages[pageMetadata(entry).facts.url];
    if (record) {
      record.planned = planPage(build, record.built, record.url, pageKey(build.fingerprint, entry, pageData(site, slug, entry)));
      if (record.planned.carried) continue;
    }
    // Made again when the page renders rather than kept: a page's data holds its whole sidebar,
    // and keeping it for every page until all are rendered costs gigabytes on large sites.
    toRender.push({ slug, entry, page: () => pageData(site, slug, entry) });
  }
  writeManifest(build.manifestFile, manifest);
  return toRender;
}
