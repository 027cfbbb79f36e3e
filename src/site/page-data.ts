import type { SiteConfig } from '../site.config.ts';
import { buildHead, type HeadTag } from './head.ts';
import { headEntryTags } from './head-setting.ts';
import { buildPageActions, type PageActions } from './page-actions.ts';
import { slugToUrl, withBasePath } from './urls.ts';
import { buildBreadcrumbs, findPrevNext, sidebarForPage, type NavGroup, type NavItem, type NavLink, type SidebarItem } from './sidebar.ts';
import { buildToc, type Heading, type TocEntry } from '../pipeline/toc.ts';
import { ENGLISH, formatUi, type UiStrings } from './ui-strings.ts';

/** A language of the site, as a page's chrome shows it. */
export interface PageLanguage {
  tag: string;
  /** Its name in itself ("Français"). */
  label: string;
  dir: 'ltr' | 'rtl';
  /** The base path of its pages: the site's base for the default language, then `fr/`. */
  pagesBase: string;
}

/** A version of the docs, as a page's chrome shows it. */
export interface PageVersion {
  /** Its path under `/docs/`; none for the current version. */
  name?: string;
  label: string;
  status: 'current' | 'supported' | 'unsupported';
}

/** The page's version and the site's others. */
export interface PageVersions {
  current: PageVersion;
  /** Every version, the current one first, with whether this page is in it. */
  all: (PageVersion & { has: boolean })[];
  /** Whether search engines may index old versions. */
  indexOld: boolean;
}

/** The page's language and the site's others. */
export interface PageLanguages {
  /** The language the page is published in, with its chrome's strings. */
  current: PageLanguage & { strings: UiStrings };
  /** Every language of the site, the default one first, with whether this page is translated into it. */
  all: (PageLanguage & { translated: boolean })[];
  /** Set when the page shows the default language's content, not translated yet: that language. */
  fallbackFrom?: PageLanguage;
}

/** What the page route knows about the page it renders. */
export interface PageInput {
  site: SiteConfig;
  /** The site's base path (`/` or `/docs-site/`). */
  base: string;
  /** The page's slug under `/docs/`. */
  slug: string;
  title: string;
  description?: string;
  headings: Heading[];
  /** The whole sidebar tree, built once per build. */
  sidebar: SidebarItem[];
  /** Number of pages on the site, to choose between a full and a section-only sidebar. */
  pageCount: number;
  /** The page's source path relative to the repository, for "Edit this page". */
  filePath?: string;
  /** ISO date of the last commit of the page's file, if it has one. */
  lastUpdated?: string;
  /** The page's language and the site's others; unset, the site's language alone, in English. */
  languages?: PageLanguages;
  /** The page's version and the site's others; unset, a site of one version. */
  versions?: PageVersions;
  /**
   * The not-found page: a host serves it at whatever URL was missing, so it has no canonical URL
   * and no Markdown copy.
   */
  notFound?: boolean;
}

/** A link the layout renders. */
export interface PageLink {
  label: string;
  href: string;
}

/** Everything the layout renders, computed in one place so components stay thin. */
export interface PageData {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The chrome's strings, in the page's language. */
  strings: UiStrings;
  /** The language picker: each language's version of the page (sites of one language have none). */
  picker?: { label: string; links: { label: string; lang: string; href: string; current: boolean }[] };
  /** The version picker: the page (or the version's home) in each version (sites of one version have none). */
  versionPicker?: { label: string; links: { label: string; href: string; current: boolean; missing: boolean }[] };
  /** The banner over a page of an old version, linking the current one. */
  versionBanner?: { text: string; unsupported?: string; linkText: string; href: string };
  /** `<meta name="robots">`: `noindex` on old versions unless the site lets search engines index them. */
  robots?: string;
  /** The version search is scoped to (`current` or an old version's name), on sites of several versions. */
  searchVersion?: string;
  /** Each version's label by the name search knows it by (`current`, `1.x`), to name results from other versions. */
  versionLabels?: Record<string, string>;
  /** The notice over a page not translated yet, in the reader's language, and its content's language. */
  fallback?: { text: string; linkText: string; href: string; lang: string; dir: 'ltr' | 'rtl' };
  head: HeadTag[];
  siteTitle: string;
  homeHref: string;
  base: string;
  repository?: string;
  title: string;
  toc: TocEntry[];
  nav: PageNavItem[];
  /** The script that sets the reader's theme before the first paint. */
  themeInit: string;
  breadcrumbs: { label: string; href?: string }[];
  footer: { editUrl?: string; lastUpdated?: { iso: string; text: string }; prev?: PageLink; next?: PageLink };
  /** "Copy page" and the page's menu; none for a page without a Markdown copy (the 404 page). */
  actions?: PageActions;
}

/** Fills the site's edit URL pattern with a file path, or nothing when either is missing. */
export function buildEditUrl(pattern: string | undefined, filePath: string | undefined): string | undefined {
  if (!pattern || !filePath) return undefined;
  return pattern.replace('{path}', filePath.split('/').map(encodeURIComponent).join('/'));
}

/** Formats a commit date for "Last updated", in the site's language and in UTC (stable across machines). */
export function formatLastUpdated(iso: string | undefined, lang: string): { iso: string; text: string } | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const text = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  return { iso: date.toISOString(), text };
}

/** An entry of a page's sidebar, links with their ready URL. */
export type PageNavItem = (NavLink & { href: string }) | (Omit<NavGroup, 'items'> & { items: PageNavItem[] });

/** Gives every link of a page's sidebar its URL. */
function withHrefs(items: readonly NavItem[], href: (slug: string) => string): PageNavItem[] {
  return items.map((item) => (item.type === 'link' ? { ...item, href: href(item.slug) } : { ...item, items: withHrefs(item.items, href) }));
}

/** Each reader language's `Intl.DisplayNames`, made once: every page not translated yet asks. */
const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A language's name in the reader's language ("anglais" on a French page), as `Intl` writes it. */
function languageName(language: PageLanguage, readerTag: string): string {
  let names = displayNames.get(readerTag);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([readerTag], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(readerTag, names);
  }
  return names?.of(language.tag) ?? language.label;
}

/** Builds the data the layout needs for one page. */
export function buildPageData(input: PageInput): PageData {
  const { site, base, slug } = input;
  const languages: PageLanguages = input.languages ?? {
    current: { tag: site.lang, label: site.lang, dir: 'ltr', pagesBase: base, strings: ENGLISH },
    all: [],
  };
  const { current } = languages;
  const { strings } = current;
  const pagesBase = current.pagesBase;
  const versions = input.versions;
  const versionName = versions?.current.name;
  /** A page of this language and version. */
  const href = (s: string) => slugToUrl(s, pagesBase, versionName);
  const url = href(slug);
  const { prev, next } = findPrevNext(input.sidebar, slug);
  const toLink = (l: { label: string; slug: string; title?: string } | undefined): PageLink | undefined => (l ? { label: l.title ?? l.label, href: href(l.slug) } : undefined);
  // A page not translated yet is the default language's: that page is the one to index. A page of
  // an old version is the current version's, when the current version has it.
  const contentBase = languages.fallbackFrom ? languages.fallbackFrom.pagesBase : pagesBase;
  const inCurrent = versions && versionName !== undefined && versions.all[0]?.has;
  const original = inCurrent ? slugToUrl(slug, contentBase) : slugToUrl(slug, contentBase, versionName);
  const canonical = input.notFound ? undefined : new URL(original, site.url).href;
  const translations = languages.fallbackFrom ? [] : languages.all.filter((l) => l.translated);
  const alternates =
    input.notFound || translations.length < 2
      ? []
      : [
          ...translations.map((l) => ({ hreflang: l.tag, href: new URL(slugToUrl(slug, l.pagesBase, versionName), site.url).href })),
          { hreflang: 'x-default', href: new URL(slugToUrl(slug, languages.all[0]!.pagesBase, versionName), site.url).href },
        ];
  const pickerSlug = input.notFound ? '' : slug;
  const old = versions && versionName !== undefined ? versions.current : undefined;
  const newest = versions?.all[0];
  return {
    lang: current.tag,
    dir: current.dir,
    strings,
    ...(languages.all.length > 1
      ? {
          picker: {
            label: current.label,
            links: languages.all.map((l) => ({ label: l.label, lang: l.tag, href: slugToUrl(pickerSlug, l.pagesBase, versionName), current: l.tag === current.tag })),
          },
        }
      : {}),
    ...(versions && versions.all.length > 1
      ? {
          versionPicker: {
            label: versions.current.label,
            links: versions.all.map((v) => {
              const has = v.has && !input.notFound;
              return { label: v.label, href: slugToUrl(has ? pickerSlug : '', pagesBase, v.name), current: v.name === versionName, missing: !has && !input.notFound };
            }),
          },
          searchVersion: versionName ?? 'current',
          versionLabels: Object.fromEntries(versions.all.map((v) => [v.name ?? 'current', v.label])),
        }
      : {}),
    ...(old && newest
      ? {
          versionBanner: {
            text: formatUi(strings.versionBanner, { version: old.label }),
            ...(old.status === 'unsupported' ? { unsupported: strings.versionUnsupported } : {}),
            linkText: formatUi(newest.has ? strings.versionCurrentLink : strings.versionCurrentHome, { version: newest.label }),
            href: slugToUrl(newest.has ? slug : '', pagesBase),
          },
          ...(versions.indexOld ? {} : { robots: 'noindex' }),
        }
      : {}),
    ...(languages.fallbackFrom
      ? {
          fallback: {
            text: strings.notTranslated,
            linkText: formatUi(strings.readOriginal, { language: languageName(languages.fallbackFrom, current.tag) }),
            href: slugToUrl(slug, languages.fallbackFrom.pagesBase, versionName),
            lang: languages.fallbackFrom.tag,
            dir: languages.fallbackFrom.dir,
          },
        }
      : {}),
    head: [
      ...buildHead({
        title: input.title,
        siteTitle: site.title,
        description: input.description ?? site.description,
        ...(canonical ? { canonical } : {}),
        favicon: withBasePath('/favicon.svg', base),
        markdown: input.notFound ? undefined : `${url}index.md`,
        locale: current.tag,
        alternates,
      }),
      // The site owner's own tags (the `head` setting): after the page's, so theirs can refine them.
      ...headEntryTags(site.head, base),
    ],
    ...(input.notFound
      ? {}
      : {
          actions: buildPageActions(site.pageActions, { path: url, url: new URL(url, site.url).href }, { path: `${url}index.md`, url: new URL(`${url}index.md`, site.url).href }),
        }),
    siteTitle: site.title,
    homeHref: href(''),
    themeInit: withBasePath('/theme-init.js', base),
    base,
    repository: site.repository,
    title: input.title,
    toc: buildToc(input.headings, site.toc),
    nav: withHrefs(sidebarForPage(input.sidebar, slug, { full: input.pageCount <= site.sidebarFullUpTo }), href),
    breadcrumbs: buildBreadcrumbs(input.sidebar, slug).map((c) => ({
      label: c.label,
      ...(c.slug !== undefined ? { href: href(c.slug) } : {}),
    })),
    footer: {
      editUrl: buildEditUrl(site.editUrl, input.filePath),
      lastUpdated: formatLastUpdated(input.lastUpdated, current.tag),
      prev: toLink(prev),
      next: toLink(next),
    },
  };
}
