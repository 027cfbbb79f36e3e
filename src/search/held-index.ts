/**
 * Search in the dev server keeps an index made ahead of the next change: every page but those a
 * contributor is likely to change next (the pages open in a browser, the pages saved last), added
 * but not yet finished. Pagefind cannot take a page out of an index, only add one, so when the
 * next change touches only those pages, the index is finished by adding them as they are then —
 * half the work of a new index. These are the choices it makes, kept apart from Pagefind's calls.
 *
 * Pages are named by URL and described by what their search document was made from (a string that
 * differs whenever the document would).
 */

/**
 * The pages likely to change next: those last asked for, and those the last change changed when
 * it changed few (a save, not a first start or a branch checked out).
 */
export function likelyToChange(asked: readonly string[], changed: readonly string[]): string[] {
  return changed.length <= FEW ? [...asked, ...changed] : [...asked];
}

/** How many changed pages still tell which will change next. */
const FEW = 8;

/** The pages an index made ahead holds: every page written but those likely to change next. */
export function pagesToHold(written: ReadonlyMap<string, string>, likely: Iterable<string>): Map<string, string> {
  const held = new Map(written);
  for (const url of likely) held.delete(url);
  return held;
}

/**
 * The pages to add to an index that holds `held` (made ahead, or fed page by page) so that it
 * holds exactly `next`, or undefined when it cannot: a page it holds has changed since, or is
 * gone. Also undefined when it lacks more than two fifths of the pages: Pagefind takes pages
 * handed one by one at about 1.6 ms each, and reads a folder at about 0.7 ms a page, so a new
 * index is as quick from a little less than half on.
 */
export function pagesToAdd(held: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): string[] | undefined {
  for (const [url, made] of held) if (next.get(url) !== made) return undefined;
  const lacking = [...next.keys()].filter((url) => !held.has(url));
  return lacking.length > (next.size * 2) / 5 ? undefined : lacking;
}

/**
 * Whether a change can use the index made ahead (`held`, still being made unless `done`) to hold
 * `next`: `use` it once made, or `give up` on it (and make a whole index). One still being made is
 * waited for when it holds no page changed since: what it has left to add is less than a whole
 * index would. One already made is taken whatever it holds: finishing it checks again (see
 * pagesToAdd), and lets it go when it does not fit.
 */
export function heldChoice(done: boolean, held: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): 'use' | 'give up' {
  return done || pagesToAdd(held, next) ? 'use' : 'give up';
}

/**
 * What to do to a folder of documents that holds `mirrored` so that it holds `wanted`: the
 * documents to place again (new, or made differently since) and those to take out.
 */
export function mirrorChanges(mirrored: ReadonlyMap<string, string>, wanted: ReadonlyMap<string, string>): { place: string[]; remove: string[] } {
  return {
    place: [...wanted].filter(([url, made]) => mirrored.get(url) !== made).map(([url]) => url),
    remove: [...mirrored.keys()].filter((url) => !wanted.has(url)),
  };
}

/** The pages whose document `next` makes differently from `before`, new pages included. */
export function changedPages(before: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): string[] {
  return [...next].filter(([url, made]) => before.get(url) !== made).map(([url]) => url);
}

/** The last few distinct pages asked for, most recent last. */
export class RecentPages {
  readonly #urls: string[] = [];
  readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  note(url: string): void {
    const at = this.#urls.indexOf(url);
    if (at !== -1) this.#urls.splice(at, 1);
    this.#urls.push(url);
    if (this.#urls.length > this.limit) this.#urls.shift();
  }

  list(): readonly string[] {
    return this.#urls;
  }
}
