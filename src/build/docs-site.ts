import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { session } from 'virtual:docs-build';
import { siteConfig } from '../site.config.ts';
import { buildPageData, type PageData, type PageLanguage, type PageLanguages, type PageVersion, type PageVersions } from '../site/page-data.ts';
import { readManifest, writeManifest } from './manifest.ts';
import { pageKey, planPage } from './page-reuse.ts';
import { readGitDates } from '../site/git-dates.ts';
import { readEnvironment } from '../config/env.ts';
import { slugToUrl } from '../site/urls.ts';
import { pageMetadata, readPageContent } from './content-cache.ts';
import { liveEntries, whenCompiled } from './live-entries.ts';
import { buildRedirects, type Redirect } from '../site/redirects.ts';
import { buildRoutes } from '../site/routes.ts';
import { buildSidebar, translateSidebar, type SidebarItem } from '../site/sidebar.ts';
import type { RenderNode } from '../pipeline/render-tree.ts';
import type { SiteLanguage, SiteLanguages } from '../config/languages.ts';
import { editionsKey, readSiteEditions, type SiteEditions } from './editions.ts';
import type { DocsVersion } from '../site/versions.ts';
import { readEntryId } from '../site/paths.ts';
import { languageRoutes, type LanguageRoute } from '../site/translations.ts';
import { languageBase } from '../site/urls.ts';

/** The pages one version publishes in one language, in its default language's order, and its sidebar. */
export interface EditionSite {
  language: SiteLanguage;
  /** Set for a translated language. */
  tag?: string;
  version: DocsVersion;
  routes: LanguageRoute<CollectionEntry<'docs'>>[];
  sidebar: SidebarItem[];
}

/** The docs pages with their slugs, and what is computed from all of them. */
export interface DocsSite {
  /** The current version's pages in the default language. */
  routes: { slug: string; entry: CollectionEntry<'docs'> }[];
  sidebar: SidebarItem[];
  /** Every version in every language: the current version's default language first. */
  editions: EditionSite[];
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

/** The editions of one version: its default language's pages, then each translation's (with fallbacks). */
function versionEditions(version: DocsVersion, languages: SiteLanguages, entries: CollectionEntry<'docs'>[]): EditionSite[] {
  const pageId = (entry: CollectionEntry<'docs'>) => readEntryId(entry.id).id;
  const own = entries.filter((entry) => readEntryId(entry.id).lang === undefined);
  const routes = buildRoutes(own.map((entry) => ({ id: pageId(entry), filePath: entry.filePath, entry }))).map(({ slug, entry }) => ({ slug, entry: entry.entry, fallback: false }));
  const sidebar = buildSidebar(
    routes.map(({ slug, entry }) => ({
      slug,
      title: entry.data.title,
      label: entry.data.sidebar.label,
      order: entry.data.sidebar.order,
      hidden: entry.data.sidebar.hidden,
    })),
    languages.default.strings.overview,
  );
  const translations = new Map<string, Map<string, CollectionEntry<'docs'>>>(languages.translated.map((l) => [l.tag, new Map()]));
  for (const entry of entries) {
    const { lang, id } = readEntryId(entry.id);
    if (lang !== undefined) translations.get(lang)?.set(id, entry);
  }
  const translated = languages.translated.map((language): EditionSite => {
    const languageRoutesOf = languageRoutes(routes, pageId, translations.get(language.tag)!);
    const labels = new Map(languageRoutesOf.filter((r) => !r.fallback).map((r) => [r.slug, r.entry.data.sidebar.label ?? r.entry.data.title]));
    return { language, tag: language.tag, version, routes: languageRoutesOf, sidebar: translateSidebar(sidebar, (slug) => labels.get(slug), language.strings.overview) };
  });
  return [{ language: languages.default, version, routes, sidebar }, ...translated];
}

/** The content folder's versions and languages, as they are on disk now. */
function readEditions(): { contentDir: string; editions: SiteEditions } {
  const { contentDir } = readEnvironment(process.cwd());
  return { contentDir, editions: readSiteEditions(contentDir, siteConfig) };
}

/** The docs site made from the collection's entries, in the content folder's versions and languages. */
function siteOf(all: CollectionEntry<'docs'>[], { contentDir, editions: site } = readEditions()): DocsSite {
  const byVersion = new Map<string, CollectionEntry<'docs'>[]>();
  for (const entry of all) {
    const version = readEntryId(entry.id).version ?? '';
    const list = byVersion.get(version);
    if (list) list.push(entry);
    else byVersion.set(version, [entry]);
  }
  const editions = site.versions.flatMap(({ version, languages }) => versionEditions(version, languages, byVersion.get(version.name ?? '') ?? []));
  const { routes, sidebar } = editions[0]!;
  const redirects = buildRedirects(
    routes.map(({ slug, entry }) => ({ slug, url: slugToUrl(slug), redirectFrom: entry.data.redirectFrom, file: entry.filePath })),
  );
  const lastUpdated = gitDates(contentDir);
  return { routes: routes.map(({ slug, entry }) => ({ slug, entry })), sidebar, editions, redirects, lastUpdated };
}

/** The dev server's docs site, and what it was made from: the loader's entries' version and the version and language folders. */
let devSite: { version: string; site: DocsSite } | undefined;

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
  // A version or language folder added or removed changes the site too, before any of its pages is taken in.
  const folders = readEditions();
  const version = `${live.version}\0${editionsKey(folders.editions)}`;
  if (devSite?.version !== version) devSite = { version, site: siteOf(live.entries, folders) };
  return devSite.site;
}

/**
 * A page's entry with all the loader compiled of it, as the loader holds it now (the list of
 * pages it came from may have been made before the page was compiled in the background). The dev
 * server of a large site serves before every page is compiled, holding the others by their
 * frontmatter (src/build/docs-loader.ts): such a page is compiled when it is asked for, first.
 * Undefined when the page is gone since that list was made (deleted before its turn came, or
 * failed to compile): the page is not found.
 */
export async function compiledEntry(entry: CollectionEntry<'docs'>): Promise<CollectionEntry<'docs'> | undefined> {
  if (!import.meta.env.DEV) return entry;
  const compiled = await whenCompiled<CollectionEntry<'docs'>>('docs', entry.id);
  // Before the loader holds its entries (it takes them in before the first request): the list's own.
  return compiled ?? (liveEntries('docs') ? undefined : entry);
}

/** A page's body (HTML strings and component tags), from the file the loader keeps it in. */
export function loadPageBody(entry: CollectionEntry<'docs'>): RenderNode[] {
  return readPageContent(pageMetadata(entry).content).body;
}

/** A page's Markdown copy, from the file the loader keeps it in; undefined when the page is gone (see compiledEntry). */
export async function loadPageMarkdown(entry: CollectionEntry<'docs'>): Promise<string | undefined> {
  const compiled = await compiledEntry(entry);
  return compiled && readPageContent(pageMetadata(compiled).content).markdown;
}

/** A docs page to render, with everything its layout shows. */
export interface DocsPage {
  /** The tag of the page's language, when not the default one. */
  lang?: string;
  /** The page's path under `/docs/`, in its version (`1.x/a/b`). */
  slug: string;
  entry: CollectionEntry<'docs'>;
  /**
   * The data its layout renders, for the page as compiled (`entry` by default: see
   * {@link compiledEntry}): computed for every page in a build, for the one page served in dev.
   */
  page: (compiled?: CollectionEntry<'docs'>) => PageData;
}

/**
 * The slugs of an edition's pages, computed once per edition: `all` it publishes, and its `own`
 * (translated, for a translation; every page, for a default language).
 */
const editionSlugs = new WeakMap<EditionSite, { all: Set<string>; own: Set<string> }>();
function slugsOf(edition: EditionSite): { all: Set<string>; own: Set<string> } {
  let slugs = editionSlugs.get(edition);
  if (!slugs) {
    slugs = { all: new Set(edition.routes.map((r) => r.slug)), own: new Set(edition.routes.filter((r) => !r.fallback).map((r) => r.slug)) };
    editionSlugs.set(edition, slugs);
  }
  return slugs;
}

/** The page's language and version and the site's others, as its layout shows them. */
function pageEditions(site: DocsSite, own: EditionSite, slug: string, fallback: boolean): { languages: PageLanguages; versions?: PageVersions } {
  const base = import.meta.env.BASE_URL;
  const describe = (l: EditionSite): PageLanguage => ({ tag: l.language.tag, label: l.language.label, dir: l.language.dir, pagesBase: languageBase(base, l.tag) });
  const sameVersion = site.editions.filter((e) => e.version === own.version);
  const sameLanguage = site.editions.filter((e) => e.tag === own.tag);
  const describeVersion = (v: DocsVersion): PageVersion => ({ ...(v.name ? { name: v.name } : {}), label: v.label, status: v.status });
  return {
    languages: {
      current: { ...describe(own), strings: own.language.strings },
      all: sameVersion.map((l) => ({ ...describe(l), translated: slugsOf(l).own.has(slug) })),
      ...(fallback ? { fallbackFrom: describe(sameVersion[0]!) } : {}),
    },
    ...(sameLanguage.length > 1 || own.version.name
      ? {
          versions: {
            current: describeVersion(own.version),
            // A page shown untranslated is there all the same: the versions of a language hold every page.
            all: sameLanguage.map((e) => ({ ...describeVersion(e.version), has: slugsOf(e).all.has(slug) })),
            indexOld: siteConfig.versions.indexOld ?? false,
          },
        }
      : {}),
  };
}

/** The data the layout renders around one docs page. */
function pageData(site: DocsSite, own: EditionSite, route: LanguageRoute<CollectionEntry<'docs'>>): PageData {
  const { slug, entry } = route;
  return buildPageData({
    site: siteConfig,
    base: import.meta.env.BASE_URL,
    slug,
    title: entry.data.title,
    description: entry.data.description,
    headings: pageMetadata(entry).headings,
    sidebar: own.sidebar,
    pageCount: own.routes.length,
    filePath: entry.filePath,
    lastUpdated: entry.filePath ? site.lastUpdated.get(resolve(entry.filePath)) : undefined,
    ...pageEditions(site, own, slug, route.fallback),
  });
}

/** The URL (without base) an edition publishes a page at. */
function publishedUrl(own: EditionSite, slug: string): string {
  return slugToUrl(slug, languageBase('/', own.tag), own.version.name);
}

/** A page's path under `/docs/` in its version (`1.x/a/b` for `a/b` of version 1.x). */
export function versionedSlug(version: DocsVersion, slug: string): string {
  return version.name ? (slug === '' ? version.name : `${version.name}/${slug}`) : slug;
}

let planned: Promise<DocsPage[]> | undefined;

/**
 * The docs pages to render in every language, with their data. The dev server renders every
 * page, each page's data computed when it is served. A build renders the pages it cannot take
 * unchanged from the previous build: it plans each page in the manifest (its key, made from its
 * data, and whether it is carried over), and the end of the build carries those pages over and
 * records what it published (src/integrations/docs-site.ts).
 */
async function allPagesToRender(): Promise<DocsPage[]> {
  const site = await loadDocsSite();
  const build = session;
  const pages = site.editions.flatMap((own) =>
    own.routes.map((route) => ({ own, route, page: { slug: versionedSlug(own.version, route.slug), ...(own.tag ? { lang: own.tag } : {}), entry: route.entry, page: (compiled = route.entry) => pageData(site, own, { ...route, entry: compiled }) } })),
  );
  if (!build) return pages.map(({ page }) => page);
  const manifest = readManifest(build.manifestFile);
  const toRender: DocsPage[] = [];
  for (const { own, route, page } of pages) {
    const record = manifest.pages[publishedUrl(own, route.slug)];
    if (record) {
      // Made again when the page renders rather than kept: a page's data holds its whole sidebar,
      // and keeping it for every page until all are rendered costs gigabytes on large sites.
      record.planned = planPage(build, record.built, record.url, pageKey(build.fingerprint, route.entry, page.page()));
      if (record.planned.carried) continue;
    }
    toRender.push(page);
  }
  writeManifest(build.manifestFile, manifest);
  return toRender;
}

/** The docs pages to render of one language (the default one when `lang` is unset): see {@link allPagesToRender}. */
export async function docsPagesToRender(lang?: string): Promise<DocsPage[]> {
  // A build plans every language at once (the routes of each ask in turn); the dev server asks
  // again whenever its entries changed.
  const all = import.meta.env.DEV ? allPagesToRender() : (planned ??= allPagesToRender());
  return (await all).filter((page) => page.lang === lang);
}

/** The tags of the site's translated languages. */
export async function loadSiteLanguages(): Promise<string[]> {
  return [...new Set((await loadDocsSite()).editions.flatMap((l) => (l.tag ? [l.tag] : [])))];
}
