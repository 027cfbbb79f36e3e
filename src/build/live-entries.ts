import type { DataStore } from 'astro/loaders';

/**
 * The dev server's docs entries as the loader holds them, ahead of Astro's data store.
 *
 * Astro writes its data store to disk half a second after the last change and only then lets
 * pages see it (`getCollection`), by evaluating the whole store again: most of the time a save
 * took to show at 1,000 pages, and more than a second at 5,000. So the dev server's loader writes
 * through to these entries (see {@link liveStore}), and the docs route reads them
 * ({@link liveEntries}) instead of the collection: a saved body, a new title in every page's
 * sidebar, a new or deleted page show on the next request, and Astro's store is never read back.
 *
 * Astro loads the content config and renders pages through different module graphs of the same
 * process, so the entries are kept on `globalThis` under a registered symbol: one copy per
 * process, whichever graph imports this module.
 */
interface LiveState {
  /** By collection, its entries by id, in the data store's order. */
  collections: Map<string, Map<string, LiveEntry>>;
  /** Called when a change to the content has been taken in. */
  listeners: Set<() => void>;
  /** How many writes the entries have had. */
  version: number;
}

/** An entry as the loader stored it. */
export type LiveEntry = NonNullable<ReturnType<DataStore['get']>>;

const KEY = Symbol.for('markdoc-docs.live-entries');

function live(): LiveState {
  const scope = globalThis as { [KEY]?: LiveState };
  scope[KEY] ??= { collections: new Map(), listeners: new Set(), version: 0 };
  return scope[KEY];
}

/**
 * A collection's data store, writing through to its live entries, which start as the store's
 * (Astro's cache from the last run) and follow each entry set (when the store takes it: Astro
 * ignores an entry set again with the same digest) or deleted.
 */
export function liveStore(store: DataStore, collection: string): DataStore {
  const state = live();
  const entries = new Map(store.entries());
  state.collections.set(collection, entries);
  state.version++;
  return {
    ...store,
    set(entry) {
      const changed = store.set(entry);
      const stored = store.get(entry.id);
      if (changed && stored) {
        entries.set(entry.id, stored);
        state.version++;
      }
      return changed;
    },
    delete(key) {
      store.delete(key);
      if (entries.delete(key)) state.version++;
    },
    clear() {
      store.clear();
      entries.clear();
      state.version++;
    },
  };
}

/** A collection's live entries as `getCollection` gives them, with the version they are at. */
export interface LiveCollection<E> {
  entries: E[];
  version: number;
}

/** The last answer of {@link liveEntries}, by collection: it stands until the next write. */
const answers = new Map<string, LiveCollection<unknown>>();

/**
 * A collection's entries as the loader holds them now, shaped as `getCollection` gives them;
 * undefined where no loader writes through (a build, or a collection with another loader).
 */
export function liveEntries<E>(collection: string): LiveCollection<E> | undefined {
  const state = live();
  const entries = state.collections.get(collection);
  if (!entries) return undefined;
  const answer = answers.get(collection);
  if (answer?.version === state.version) return answer as LiveCollection<E>;
  const fresh = { entries: [...entries.values()].map((entry) => ({ ...entry, collection }) as E), version: state.version };
  answers.set(collection, fresh);
  return fresh;
}

/** A number that changes whenever the live entries do. */
export function liveVersion(): number {
  return live().version;
}

/** Tells the dev server that a change has been taken in (see {@link onLiveChange}). */
export function announceLiveChange(): void {
  for (const listener of live().listeners) listener();
}

/** Calls `listener` after each change the loader took in; returns what stops it. */
export function onLiveChange(listener: () => void): () => void {
  const { listeners } = live();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
