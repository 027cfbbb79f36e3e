import { findSlugCollisions, idToSlug } from './paths';

/** The least a route needs to know about a docs entry. */
export interface RouteEntry {
  id: string;
  filePath?: string;
}

/**
 * Pairs each entry with its slug under `/docs/`, failing with both file names when two pages
 * would be published at the same URL.
 */
export function buildRoutes<T extends RouteEntry>(entries: readonly T[]): { slug: string; entry: T }[] {
  const collisions = findSlugCollisions(entries.map((e) => e.id));
  if (collisions.length > 0) {
    const byId = new Map(entries.map((e) => [e.id, e.filePath ?? e.id]));
    const lines = collisions.map(
      (c) => `  /docs/${c.slug ? `${c.slug}/` : ''} comes from ${c.ids.map((id) => byId.get(id)).join(' and ')}`,
    );
    throw new Error(
      `Two pages would be published at the same URL:\n${lines.join('\n')}\nRename or remove one of each pair.`,
    );
  }
  return entries.map((entry) => ({ slug: idToSlug(entry.id), entry }));
}
