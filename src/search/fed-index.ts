/** An index fed page by page as pages come, while what makes them goes on (the dev server's loader, compiling pages in the background). */
import { addPage, createIndex, type CreatedIndex, type IndexMode } from './pagefind-index.ts';

/** An index fed page by page, each page as it comes ({@link FedIndex.add}), in the order given. */
export interface FedIndex {
  /** What each page's document was made from, by URL. */
  fed: Map<string, string>;
  add(url: string, made: string, html: string): void;
  /** The index once every page given is in it; rejects, and lets the index go, if one could not be added. */
  done(): Promise<CreatedIndex>;
  /** Removes what the index keeps outside Pagefind's service, for an index given up (see CreatedIndex.release). */
  release(): Promise<void>;
  /** Lets go of an index not needed after all, once the pages given are in it: deleted from Pagefind's service too. */
  discard(): Promise<void>;
}

export function fedIndex(mode: IndexMode): FedIndex {
  const created = createIndex(mode);
  let adding: Promise<unknown> = created;
  let failure: unknown;
  const fed = new Map<string, string>();
  return {
    fed,
    add(url, made, html) {
      fed.set(url, made);
      // Pagefind reads each page in its own process, on the other core, as the pages come.
      adding = adding
        .then(async () => addPage((await created).index, url, html))
        .catch((error: unknown) => {
          failure ??= error;
        });
    },
    async done() {
      await adding;
      if (failure === undefined) return created;
      await (await created.catch(() => undefined))?.discard();
      throw failure;
    },
    async release() {
      await (await created.catch(() => undefined))?.release();
    },
    async discard() {
      await adding;
      await (await created.catch(() => undefined))?.discard();
    },
  };
}

/**
 * The pages to add to an index fed page by page, which holds `fed`, so that it holds exactly
 * `next`, or undefined when it cannot: a page it holds has changed since, or is gone. Also
 * undefined when it lacks more than two fifths of the pages: Pagefind takes pages handed one by
 * one at about 1.6 ms each, and reads a folder at about 0.7 ms a page, so a new index is as quick
 * from a little less than half on. Pages are named by URL and described by what their search
 * document was made from.
 */
export function pagesToAdd(fed: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): string[] | undefined {
  for (const [url, made] of fed) if (next.get(url) !== made) return undefined;
  const lacking = [...next.keys()].filter((url) => !fed.has(url));
  return lacking.length > (next.size * 2) / 5 ? undefined : lacking;
}
