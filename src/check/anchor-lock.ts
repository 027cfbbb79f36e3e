import { diagnose } from './catalog';
import type { PageFacts } from './check-page';
import type { Diagnostic } from './diagnostics';
import { normalizeRedirectPath } from '../site/redirects';

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
 * anchor. A moved page is followed through its `redirectFrom`.
 */
export function checkAnchorLock(lock: AnchorLock, pages: readonly PageFacts[], lockFile: string): Diagnostic[] {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const redirects = new Map<string, PageFacts>();
  for (const page of pages) for (const from of page.redirectFrom) redirects.set(normalizeRedirectPath(from.href), page);
  const out: Diagnostic[] = [];
  for (const [url, anchors] of Object.entries(lock.pages)) {
    const page = byUrl.get(url) ?? redirects.get(url);
    if (!page) {
      out.push(diagnose('anchor-page-removed', { file: lockFile, line: 1, column: 1 }, { url, command: UPDATE_COMMAND }));
      continue;
    }
    for (const anchor of anchors) {
      if (page.anchors.includes(anchor)) continue;
      out.push(diagnose('anchor-removed', { file: page.file, line: 1, column: 1 }, { url, anchor, command: UPDATE_COMMAND }));
    }
  }
  return out;
}
