import { normalizeRedirectPath } from '../site/redirects.ts';
import { diagnose } from './catalog.ts';
import type { PageFacts } from './check-page.ts';
import type { Diagnostic } from './diagnostics.ts';

/**
 * Addresses two things claim: two pages published at one URL (`a/b.mdoc` beside
 * `a/b/index.mdoc`), reported at each of them; an old address in `redirectFrom` that is a page's
 * own, or that another page claims too, reported where the frontmatter lists it.
 */
export function checkRoutes(pages: readonly PageFacts[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byUrl = new Map<string, PageFacts[]>();
  for (const page of pages) byUrl.set(page.url, [...(byUrl.get(page.url) ?? []), page]);
  for (const [url, same] of byUrl) {
    if (same.length < 2) continue;
    for (const page of same) {
      const others = same.filter((p) => p !== page).map((p) => p.file).join(' and ');
      out.push(diagnose('page-url-taken', { file: page.file, line: 1, column: 1 }, { url, other: others }));
    }
  }
  const claimed = new Map<string, PageFacts>();
  for (const page of pages) {
    for (const ref of page.redirectFrom) {
      const from = normalizeRedirectPath(ref.href);
      const at = { file: page.file, line: ref.line, column: ref.column };
      const owner = byUrl.get(from)?.[0];
      const other = claimed.get(from);
      if (owner) out.push(diagnose('redirect-url-taken', at, { from: ref.href, owner: owner.file, page: true }));
      else if (other && other.url !== page.url) out.push(diagnose('redirect-url-taken', at, { from: ref.href, owner: other.file, page: false }));
      else claimed.set(from, page);
    }
  }
  return out;
}
