import { slug } from 'github-slugger';

/** Extensions of content pages. */
export const PAGE_EXTENSIONS = ['.mdoc'] as const;

/** Whether a path under `content/docs` names a page. */
export function isPagePath(relativePath: string): boolean {
  return PAGE_EXTENSIONS.some((ext) => relativePath.endsWith(ext));
}

/**
 * Turns a page's path under `content/docs` into its entry id: the path without its extension,
 * with forward slashes (`guides\\setup.mdoc` → `guides/setup`).
 */
export function pagePathToId(relativePath: string): string {
  const posix = relativePath.replace(/\\/g, '/');
  const ext = PAGE_EXTENSIONS.find((e) => posix.endsWith(e)) ?? '';
  return posix.slice(0, posix.length - ext.length);
}

/**
 * Turns an entry id into the page's slug under `/docs/`: `a/b` and `a/b/index` are both `a/b`,
 * the root `index` is the empty slug, and each folder and file name becomes URL-safe the way
 * headings do (`Getting Started/My page` → `getting-started/my-page`).
 */
export function idToSlug(id: string): string {
  let known = slugsOfIds.get(id);
  if (known === undefined) {
    const path = id === 'index' ? '' : id.endsWith('/index') ? id.slice(0, -'/index'.length) : id;
    known = path
      .split('/')
      .map((segment) => slug(segment) || segment)
      .join('/');
    slugsOfIds.set(id, known);
  }
  return known;
}

/** The slugs of the ids seen so far: every route, link check and sidebar asks for them again. */
const slugsOfIds = new Map<string, string>();

/** A page path whose URL is already taken by another page. */
export interface SlugCollision {
  slug: string;
  ids: string[];
}

/** Finds pages that would be published at the same URL (`a/b.mdoc` beside `a/b/index.mdoc`). */
export function findSlugCollisions(ids: readonly string[]): SlugCollision[] {
  const bySlug = new Map<string, string[]>();
  for (const id of ids) {
    const slug = idToSlug(id);
    const list = bySlug.get(slug);
    if (list) list.push(id);
    else bySlug.set(slug, [id]);
  }
  return [...bySlug.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([slug, list]) => ({ slug, ids: [...list].sort() }));
}

/** Which docs a page belongs to: a translated language (its tag) and an old version (its name), or neither. */
export interface Edition {
  lang?: string;
  version?: string;
}

/**
 * The entry id of a page of a translation or an old version: its language's tag, `@`, its
 * version's name, a colon, and the id it would have in the current docs of the default language
 * (`fr@:guides/setup`, `@1.x:guides/setup`, `fr@1.x:guides/setup`). No page of the current docs
 * has such an id: a colon cannot be in a file name on every system, so no portable page path holds one.
 */
export function editionEntryId(edition: Edition, id: string): string {
  return edition.lang === undefined && edition.version === undefined ? id : `${edition.lang ?? ''}@${edition.version ?? ''}:${id}`;
}

/** An entry id read back: the page's edition and its id as a page. */
export function readEntryId(entryId: string): Edition & { id: string } {
  const colon = entryId.indexOf(':');
  if (colon === -1) return { id: entryId };
  const [lang = '', version = ''] = entryId.slice(0, colon).split('@');
  return { ...(lang ? { lang } : {}), ...(version ? { version } : {}), id: entryId.slice(colon + 1) };
}
