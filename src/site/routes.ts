import { findSlugCollisions, idToSlug } from './paths.ts';

/** The least a route needs to know about a docs entry. */
export interface RouteEntry {
  id: string;
  filePath?: string;
}

/**
 * Pairs each entry with its slug under `/docs/`. When two pages would be published at the same
 * URL, the first by path keeps it and the others are left out: the checks report each of them
 * (`page-url-taken`, src/check/check-routes.ts).
 */
export function buildRoutes<T extends RouteEntry>(entries: readonly T[]): { slug: string; entry: T }[] {
  const hidden = new Set(findSlugCollisions(entries.map((e) => e.id)).flatMap((c) => c.ids.slice(1)));
  return entries.filter((entry) => !hidden.has(entry.id)).map((entry) => ({ slug: idToSlug(entry.id), entry }));
}
