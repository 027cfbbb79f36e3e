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
 * Collects the `redirectFrom` paths of every page, failing with a clear message when an old path
 * is claimed by two pages, or is the URL of a page that exists.
 */
export function buildRedirects(
  pages: readonly { slug: string; url: string; redirectFrom?: readonly string[]; file?: string }[],
): Redirect[] {
  const live = new Map(pages.map((p) => [p.url, p]));
  const seen = new Map<string, { slug: string; file?: string }>();
  const problems: string[] = [];
  for (const page of pages) {
    for (const written of page.redirectFrom ?? []) {
      const from = normalizeRedirectPath(written);
      const owner = live.get(from);
      if (owner) {
        problems.push(`${page.file ?? page.slug}: redirectFrom "${written}" is the address of ${owner.file ?? owner.slug}, which exists. Remove it from redirectFrom.`);
        continue;
      }
      const other = seen.get(from);
      if (other && other.slug !== page.slug) {
        problems.push(`${page.file ?? page.slug}: redirectFrom "${written}" is also claimed by ${other.file ?? other.slug}. Keep it on one page.`);
        continue;
      }
      seen.set(from, { slug: page.slug, file: page.file });
    }
  }
  if (problems.length > 0) throw new Error(`Redirects conflict:\n  ${problems.join('\n  ')}`);
  return [...seen.entries()].map(([from, { slug }]) => ({ from, to: slug })).sort((a, b) => a.from.localeCompare(b.from));
}
