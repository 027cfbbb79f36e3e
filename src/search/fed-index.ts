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
  };
}
