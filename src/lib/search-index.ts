import { parse } from 'node-html-parser';

/** What the search indexer does with a built HTML file. */
export type SearchVerdict =
  /** A page with an article body: index it. */
  | { kind: 'index' }
  /** A page that asks to stay out of search (404, redirects): skip it quietly. */
  | { kind: 'skip' }
  /** A page readers can reach whose body has nothing to index: skip it, and say so. */
  | { kind: 'empty'; reason: string };

/**
 * Decides whether a built page goes in the search index. Pages marked `noindex`, redirects and
 * pages without `<html>` are skipped; a page with no `data-pagefind-body`, or whose body holds
 * nothing but its title, is reported.
 */
export function classifyForSearch(html: string): SearchVerdict {
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  if (!root.querySelector('html')) return { kind: 'skip' };
  if (root.querySelector('meta[http-equiv="refresh"]')) return { kind: 'skip' };
  const robots = root.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
  if (/noindex/i.test(robots)) return { kind: 'skip' };
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return { kind: 'empty', reason: 'it has no element marked data-pagefind-body' };
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore], h1')) ignored.remove();
  if (body.text.trim() === '') return { kind: 'empty', reason: 'its article has nothing but a title' };
  return { kind: 'index' };
}

/** Reads the number of words Pagefind indexed from its log (`Indexed 550 words`). */
export function parseIndexedWords(log: string): number | undefined {
  const match = /Indexed (\d+) words?/.exec(log);
  return match ? Number(match[1]) : undefined;
}
