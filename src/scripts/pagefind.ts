/** Pagefind's browser API, loaded once from the site's index, for the search dialog and the agent tools. */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  /** The page's filter values (its version, on a site of several). */
  filters?: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
  debouncedSearch(query: string, options?: Record<string, unknown>, ms?: number): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, set up for the site under `base`; loaded on first use. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base, excerptLength: 18 });
    await pf.init();
    return pf;
  });
  return loading;
}
