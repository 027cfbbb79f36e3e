import { isNoindex } from './sitemap';

/** What the search indexer does with a built HTML file. */
export type SearchVerdict =
  /** A page with an article body: index it. */
  | { kind: 'index' }
  /** A page that asks to stay out of search (404, redirects): skip it quietly. */
  | { kind: 'skip' }
  /** A page readers can reach that has no body to index: say so. */
  | { kind: 'empty'; reason: string };

/**
 * Decides whether a built page goes in the search index, from its markup alone (this runs on
 * every page of a build, so it looks for markers rather than parsing). Pages marked `noindex`,
 * redirects and fragments without `<html>` are skipped; a page without `data-pagefind-body` is
 * reported.
 */
export function classifyForSearch(html: string): SearchVerdict {
  if (!/<html[\s>]/i.test(html)) return { kind: 'skip' };
  const head = html.slice(0, html.search(/<body[\s>]/i) >>> 0 || html.length);
  if (/<meta[^>]+http-equiv="refresh"/i.test(head)) return { kind: 'skip' };
  if (isNoindex(head)) return { kind: 'skip' };
  if (!/<[a-z][^>]*\sdata-pagefind-body[\s=>/]/i.test(html)) return { kind: 'empty', reason: 'it has no element marked data-pagefind-body' };
  return { kind: 'index' };
}

/** Reads the number of words Pagefind indexed from its log (`Indexed 550 words`). */
export function parseIndexedWords(log: string): number | undefined {
  const match = /Indexed (\d+) words?/.exec(log);
  return match ? Number(match[1]) : undefined;
}
