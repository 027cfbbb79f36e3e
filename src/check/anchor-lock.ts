import { diagnose } from './catalog.ts';
import { closest } from './suggest.ts';
import type { PageFacts } from './check-page.ts';
import type { Diagnostic } from './diagnostics.ts';
import { normalizeRedirectPath } from '../site/redirects.ts';

/** The anchors readers may have linked to, by page URL: a promise that they keep working. */
export interface AnchorLock {
  version: 1;
  pages: Record<string, string[]>;
}

/** The command that rewrites the lock after an intended removal. */
export const UPDATE_COMMAND = 'npm run check -- --update-anchors';

/** Builds the lock from the pages as they are now: every page and every anchor on it. */
export function buildAnchorLock(pages: readonly PageFacts[]): AnchorLock {
  const entries = [...pages]
    .sort((a, b) => a.url.localeCompare(b.url))
    .map((p) => [p.url, [...new Set(p.anchors)].sort()] as const);
  return { version: 1, pages: Object.fromEntries(entries) };
}

/** Reads a lock file's text, failing with a clear message when it is not a lock. */
export function parseAnchorLock(text: string, file: string): AnchorLock {
  const data = JSON.parse(text) as Partial<AnchorLock>;
  if (data.version !== 1 || typeof data.pages !== 'object' || data.pages === null) {
    throw new Error(`${file} is not an anchor lock (expected {"version": 1, "pages": {…}}). Recreate it with ${UPDATE_COMMAND}.`);
  }
  return data as AnchorLock;
}

/**
 * Checks that every locked page still exists (or redirects to a page) and still has every locked
 * anchor, and lists the anchors no lock protects yet. A moved page is followed through its
 * `redirectFrom`. A removed anchor is reported where the anchor that replaced it is written when
 * there is one to guess (the only new anchor of the page, else a close spelling or one that holds
 * the old id, as `key-scopes` holds `scopes`), with the exact alias to
 * add; otherwise at the top of the page.
 */
export function checkAnchorLock(lock: AnchorLock, pages: readonly PageFacts[], lockFile: string): Diagnostic[] {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const redirects = new Map<string, PageFacts>();
  for (const page of pages) for (const from of page.redirectFrom) redirects.set(normalizeRedirectPath(from.href), page);
  const out: Diagnostic[] = [];
  /** The locked anchors of each page still published, by its URL now. */
  const locked = new Map<string, Set<string>>();
  for (const [url, anchors] of Object.entries(lock.pages)) {
    const page = byUrl.get(url) ?? redirects.get(url);
    if (!page) {
      out.push(diagnose('anchor-page-removed', { file: lockFile, line: 1, column: 1 }, { url, command: UPDATE_COMMAND }));
      continue;
    }
    const kept = locked.get(page.url) ?? new Set<string>();
    for (const anchor of anchors) kept.add(anchor);
    locked.set(page.url, kept);
  }
  for (const page of pages) {
    const kept = locked.get(page.url);
    const fresh = [...new Set(page.anchors)].filter((a) => !kept?.has(a));
    if (kept) {
      for (const anchor of kept) {
        if (page.anchors.includes(anchor)) continue;
        const replacement = fresh.length === 1 ? fresh[0] : (closest(anchor, fresh) ?? fresh.find((a) => a.includes(anchor) || anchor.includes(a)));
        const place = replacement ? page.anchorPlaces[replacement] : undefined;
        out.push(diagnose('anchor-removed', { file: page.file, ...(place ?? { line: 1, column: 1 }) }, { url: page.url, anchor, ...(place ? { replacement } : {}), command: UPDATE_COMMAND }));
      }
    }
    if (fresh.length > 0) {
      const place = fresh.map((a) => page.anchorPlaces[a]).find((p) => p !== undefined) ?? { line: 1, column: 1 };
      out.push(diagnose('anchor-unlocked', { file: page.file, ...place }, { url: page.url, anchors: fresh, command: UPDATE_COMMAND }));
    }
  }
  return out;
}

/** What a rewrite of the lock changes: anchors added and removed, as `url#anchor`. */
export function lockChanges(before: AnchorLock | undefined, after: AnchorLock): { added: string[]; removed: string[] } {
  const list = (l: AnchorLock | undefined) => new Set(Object.entries(l?.pages ?? {}).flatMap(([url, anchors]) => anchors.map((a) => `${url}#${a}`)));
  const was = list(before);
  const now = list(after);
  return { added: [...now].filter((a) => !was.has(a)), removed: [...was].filter((a) => !now.has(a)) };
}
