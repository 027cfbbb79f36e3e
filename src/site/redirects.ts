/** An old URL that now lands on a page. */
export interface Redirect {
  /** The old path, normalised to `/path/` (base path not included). */
  from: string;
  /** The page's slug under `/docs/`. */
  to: string;
}

/** Normalises a path written in `redirectFrom` to `/a/b/`. */
export function normalizeRedirectPath(path: string): string {
  const trimmed = path.trim().replace(/[?#].*$/, '').replace(/\/+/g, '/').replace(/^\/|\/$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Collects the `redirectFrom` paths of every page. An old path that is the URL of a page, or that
 * another page claimed first, is left out: the checks report it where it is written
 * (`redirect-url-taken`, src/check/check-routes.ts).
 */
export function buildRedirects(pages: readonly { slug: string; url: string; redirectFrom?: readonly string[] }[]): Redirect[] {
  const live = new Set(pages.map((p) => p.url));
  const seen = new Map<string, string>();
  for (const page of pages) {
    for (const written of page.redirectFrom ?? []) {
      const from = normalizeRedirectPath(written);
      if (!live.has(from) && !seen.has(from)) seen.set(from, page.slug);
    }
  }
  return [...seen.entries()].map(([from, to]) => ({ from, to })).sort((a, b) => a.from.localeCompare(b.from));
}
