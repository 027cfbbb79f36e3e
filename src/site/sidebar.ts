/** What the sidebar needs to know about a page. */
export interface SidebarPage {
  /** The page's slug under `/docs/` (`advanced/platform/api-keys`; `` for the docs home). */
  slug: string;
  title: string;
  /** `sidebar.label`: shorter text for the entry. */
  label?: string;
  /** `sidebar.order`: lowest first; pages without one come after, by label. */
  order?: number;
  /** `sidebar.hidden`: left out of the sidebar, still published. */
  hidden?: boolean;
}

/** A link to a page. */
export interface SidebarLink {
  type: 'link';
  label: string;
  slug: string;
  order?: number;
  /** The page's own name where the label differs ("Overview" for a folder's index page). */
  title?: string;
}

/** A folder: its label and order come from its index page, if it has one. */
export interface SidebarGroup {
  type: 'group';
  label: string;
  /** The folder's path under `content/docs`. */
  path: string;
  order?: number;
  items: SidebarItem[];
}

/** An entry of the sidebar tree. */
export type SidebarItem = SidebarLink | SidebarGroup;

/** A link as rendered for one page. */
export interface NavLink extends SidebarLink {
  /** Whether this is the page being viewed. */
  current: boolean;
}

/** A group as rendered for one page. */
export interface NavGroup extends Omit<SidebarGroup, 'items'> {
  /** Whether the group holds the page being viewed, and so starts open. */
  open: boolean;
  items: NavItem[];
}

/** An entry of the sidebar as rendered for one page. */
export type NavItem = NavLink | NavGroup;

/** Turns a folder name into a label: `getting-started` → `Getting started`. */
export function labelFromFolder(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Compares labels as `localeCompare` with these options does, made once: `localeCompare` with
 * options makes a collator on every call, which at thousands of pages is most of the sidebar's cost.
 */
const labelOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareItems(a: SidebarItem, b: SidebarItem): number {
  const ao = a.order ?? Number.POSITIVE_INFINITY;
  const bo = b.order ?? Number.POSITIVE_INFINITY;
  if (ao !== bo) return ao < bo ? -1 : 1;
  return labelOrder.compare(a.label, b.label);
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

/**
 * Builds the sidebar tree from the folder structure: one group per folder, ordered by
 * `sidebar.order` then label. A folder's index page gives the group its label and order and is
 * its first link ("Overview"); a folder holding only its index page is a plain link.
 */
export function buildSidebar(pages: readonly SidebarPage[], overview = 'Overview'): SidebarItem[] {
  const folders = new Set<string>();
  for (const page of pages) {
    let path = parentOf(page.slug);
    while (path !== '') {
      folders.add(path);
      path = parentOf(path);
    }
  }
  interface Folder {
    path: string;
    index?: SidebarPage;
    pages: SidebarPage[];
    children: string[];
  }
  const tree = new Map<string, Folder>();
  const folderOf = (path: string): Folder => {
    let folder = tree.get(path);
    if (!folder) {
      folder = { path, pages: [], children: [] };
      tree.set(path, folder);
      if (path !== '') folderOf(parentOf(path)).children.push(path);
    }
    return folder;
  };
  folderOf('');
  for (const folder of [...folders].sort()) folderOf(folder);
  for (const page of pages) {
    if (page.slug === '') {
      tree.get('')!.index = page;
    } else if (folders.has(page.slug)) {
      tree.get(page.slug)!.index = page;
    } else {
      folderOf(parentOf(page.slug)).pages.push(page);
    }
  }

  const link = (page: SidebarPage, label = page.label ?? page.title): SidebarLink => ({
    type: 'link',
    label,
    slug: page.slug,
    ...(page.order !== undefined ? { order: page.order } : {}),
  });

  const build = (folder: Folder): SidebarItem[] => {
    const items: SidebarItem[] = folder.pages.filter((p) => !p.hidden).map((p) => link(p));
    for (const childPath of folder.children) {
      const child = tree.get(childPath)!;
      const childItems = build(child);
      const index = child.index;
      const label = index?.label ?? index?.title ?? labelFromFolder(childPath.slice(childPath.lastIndexOf('/') + 1));
      const order = index?.order;
      if (childItems.length === 0) {
        // A folder with nothing but its index is a page, not a group.
        if (index && !index.hidden) items.push(link(index));
        continue;
      }
      const groupItems = [...childItems].sort(compareItems);
      if (index && !index.hidden) groupItems.unshift({ type: 'link', label: overview, slug: index.slug, title: label });
      items.push({ type: 'group', label, path: childPath, ...(order !== undefined ? { order } : {}), items: groupItems });
    }
    return items.sort(compareItems);
  };

  const root = tree.get('')!;
  const items = build(root);
  if (root.index && !root.index.hidden) items.unshift(link(root.index));
  return items;
}

/**
 * The sidebar of a translated language: the default language's tree, in its order, each page
 * and group named by its translation where there is one (`labelOf` gives a page's translated
 * label, by slug) and by the default language's names otherwise.
 */
export function translateSidebar(items: readonly SidebarItem[], labelOf: (slug: string) => string | undefined, overview: string): SidebarItem[] {
  return items.map((item): SidebarItem => {
    if (item.type === 'link') {
      if (item.title !== undefined) return { ...item, label: overview, title: labelOf(item.slug) ?? item.title };
      return { ...item, label: labelOf(item.slug) ?? item.label };
    }
    return { ...item, label: labelOf(item.path) ?? item.label, items: translateSidebar(item.items, labelOf, overview) };
  });
}

/** The sidebar's links in reading order, for previous/next links. */
export function flattenSidebar(items: readonly SidebarItem[]): SidebarLink[] {
  return items.flatMap((item) => (item.type === 'link' ? [item] : flattenSidebar(item.items)));
}

/** The first link of an item, for collapsed sections. */
function firstLink(item: SidebarItem): SidebarLink | undefined {
  if (item.type === 'link') return item;
  for (const child of item.items) {
    const link = firstLink(child);
    if (link) return link;
  }
  return undefined;
}

function containsSlug(item: SidebarItem, slug: string): boolean {
  return item.type === 'link' ? item.slug === slug : item.items.some((i) => containsSlug(i, slug));
}

function markCurrent(items: readonly SidebarItem[], slug: string): NavItem[] {
  return items.map((item) =>
    item.type === 'link'
      ? { ...item, current: item.slug === slug }
      : { ...item, open: containsSlug(item, slug), items: markCurrent(item.items, slug) },
  );
}

/**
 * The sidebar as one page shows it: the top-level section holding the page in full, with the
 * page marked current and its groups open; every other top-level section as one link to its first
 * page, so a page's size does not grow with the rest of the site. With `full`, every section is
 * shown in full (for small sites).
 */
export function sidebarForPage(items: readonly SidebarItem[], slug: string, options: { full?: boolean } = {}): NavItem[] {
  if (options.full) return markCurrent(items, slug);
  const { sectionOf, firstOf } = indexTree(items);
  const own = sectionOf.get(slug);
  return items.flatMap((item, i): NavItem[] => {
    if (item.type === 'link') return [{ ...item, current: item.slug === slug }];
    if (i === own) return markCurrent([item], slug);
    const link = firstOf[i];
    return link ? [{ type: 'link', label: item.label, slug: link.slug, current: false }] : [];
  });
}

/** The pages before and after a page in sidebar order. */
export function findPrevNext(
  items: readonly SidebarItem[],
  slug: string,
): { prev?: SidebarLink; next?: SidebarLink } {
  const { links, position } = indexTree(items);
  const i = position.get(slug);
  if (i === undefined) return {};
  return { prev: links[i - 1], next: links[i + 1] };
}

/** What every page of a build asks of the same sidebar tree, computed once per tree. */
interface TreeIndex {
  /** The links in reading order, and each page's place in it. */
  links: SidebarLink[];
  position: Map<string, number>;
  /** The top-level item holding each page, and each top-level item's first page. */
  sectionOf: Map<string, number>;
  firstOf: (SidebarLink | undefined)[];
}

const treeIndexes = new WeakMap<readonly SidebarItem[], TreeIndex>();

function indexTree(items: readonly SidebarItem[]): TreeIndex {
  let index = treeIndexes.get(items);
  if (!index) {
    index = { links: [], position: new Map(), sectionOf: new Map(), firstOf: [] };
    for (const [section, item] of items.entries()) {
      const links = flattenSidebar([item]);
      index.firstOf.push(links[0]);
      for (const link of links) {
        index.position.set(link.slug, index.links.push(link) - 1);
        index.sectionOf.set(link.slug, section);
      }
    }
    treeIndexes.set(items, index);
  }
  return index;
}

/** One step of the breadcrumb trail. */
export interface Crumb {
  label: string;
  /** Where the step links, if it has a page. */
  slug?: string;
}

/** The groups leading to a page, from the top; each links to its first page. */
export function buildBreadcrumbs(items: readonly SidebarItem[], slug: string): Crumb[] {
  for (const item of items) {
    if (item.type !== 'group' || !containsSlug(item, slug)) continue;
    const first = firstLink(item);
    const crumb: Crumb = first && first.slug !== slug ? { label: item.label, slug: first.slug } : { label: item.label };
    return [crumb, ...buildBreadcrumbs(item.items, slug)];
  }
  return [];
}
