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
  /** How many changes the loader has announced ({@link announceLiveChange}). */
  announced: number;
  /** By collection, what compiles a page known so far only by its frontmatter (see {@link whenCompiled}). */
  compilers: Map<string, (id: string) => Promise<void>>;
  /** Every entry compiled and checked, by collection (see {@link whenSettled}). */
  settled: PendingWork;
  /** The site-wide checks waiting to run after a change, by collection (see {@link whenChecked}). */
  checks: PendingWork;
  /** How many requests the dev server is answering. */
  requests: number;
  /** Called when the dev server has no request left to answer. */
  idle: Set<() => void>;
  /** Called when the dev server starts answering a request. */
  asked: Set<() => void>;
  /** Called for each page compiled in the background (see {@link onBackgroundPage}). */
  compiled: Set<(page: BackgroundPage) => void>;
}

/** A page the loader compiled in the background, as the manifest will list it. */
export interface BackgroundPage {
  url: string;
  title: string;
  /** Its content file (src/build/content-cache.ts). */
  content: string;
  lang?: string;
  version?: string;
  /** Whether the site has old versions (its pages then say which version they are in). */
  versioned: boolean;
}

/** An entry as the loader stored it. */
export type LiveEntry = NonNullable<ReturnType<DataStore['get']>>;

const KEY = Symbol.for('markdoc-docs.live-entries');

function live(): LiveState {
  const scope = globalThis as { [KEY]?: LiveState };
  scope[KEY] ??= { collections: new Map(), listeners: new Set(), version: 0, announced: 0, compilers: new Map(), settled: new PendingWork(), checks: new PendingWork(), requests: 0, idle: new Set(), asked: new Set(), compiled: new Set() };
  return scope[KEY];
}

/** A collection's data store as the dev server's loader writes it: see {@link liveStore}. */
export interface LiveDataStore extends DataStore {
  /**
   * While on, entries set go to the live entries only, until {@link saveDeferred}. Astro saves
   * its store half a second after the last entry set, and the dev server starts serving only once
   * it has saved: pages compiled in the background, one after the other, would keep it from
   * starting until they are all compiled.
   */
  deferSaving(on: boolean): void;
  /** Sets in the data store the entries set while saving was deferred. */
  saveDeferred(): void;
}

/**
 * A collection's data store, writing through to its live entries, which start as the store's
 * (Astro's cache from the last run) and follow each entry set (when the store takes it: Astro
 * ignores an entry set again with the same digest) or deleted.
 */
export function liveStore(store: DataStore, collection: string): LiveDataStore {
  const state = live();
  const entries = new Map(store.entries());
  state.collections.set(collection, entries);
  state.version++;
  /** Entries set while saving is deferred, by id. */
  const deferred = new Map<string, Parameters<DataStore['set']>[0]>();
  let deferring = false;
  return {
    ...store,
    get: ((key: string) => (deferred.has(key) ? entries.get(key) : store.get(key))) as DataStore['get'],
    set(entry) {
      if (deferring) {
        const previous = entries.get(entry.id);
        if (previous?.digest === entry.digest) return false;
        deferred.set(entry.id, entry);
        entries.set(entry.id, entry as LiveEntry);
        // A page held by its frontmatter and now compiled changes no page's sidebar: the lists of
        // entries already made stand (a page's compiled parts are looked up by id, whenCompiled).
        if (JSON.stringify(previous?.data) !== JSON.stringify(entry.data)) state.version++;
        return true;
      }
      const wasDeferred = deferred.delete(entry.id);
      const changed = store.set(entry);
      const stored = store.get(entry.id);
      // The store may keep what it holds (the same digest) while the live entry is one set since,
      // while saving was deferred: a page held, compiled in the background, then held again
      // unchanged after a partial it includes was edited. The live entry follows the store.
      if (stored && (changed || (wasDeferred && entries.get(entry.id)?.digest !== stored.digest))) {
        entries.set(entry.id, stored);
        state.version++;
      }
      return changed;
    },
    delete(key) {
      deferred.delete(key);
      store.delete(key);
      if (entries.delete(key)) state.version++;
    },
    clear() {
      deferred.clear();
      store.clear();
      entries.clear();
      state.version++;
    },
    deferSaving(on) {
      deferring = on;
    },
    saveDeferred() {
      for (const entry of deferred.values()) {
        store.set(entry);
        const stored = store.get(entry.id);
        if (stored) entries.set(entry.id, stored);
      }
      deferred.clear();
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
  const state = live();
  state.announced++;
  for (const listener of state.listeners) listener();
}

/**
 * How many changes the loader has announced: writes it makes without announcing them (pages
 * compiled in the background, which show nothing new) leave it as it is.
 */
export function liveAnnouncements(): number {
  return live().announced;
}

/** Calls `listener` after each change the loader took in; returns what stops it. */
export function onLiveChange(listener: () => void): () => void {
  const { listeners } = live();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Lets the dev server's pages have a page compiled when they need it: on a large site the loader
 * starts serving before every page is compiled, holding the others by their frontmatter (enough
 * for every sidebar) and compiling them in the background (see src/build/docs-loader.ts).
 * `compile` compiles the page with this id now if it is still waiting, and does nothing otherwise.
 */
export function setLiveCompiler(collection: string, compile: (id: string) => Promise<void>): void {
  live().compilers.set(collection, compile);
}

/**
 * The entry with this id once it is compiled (at once when it is), as `getCollection` gives it;
 * undefined when the loader holds no such entry.
 */
export async function whenCompiled<E>(collection: string, id: string): Promise<E | undefined> {
  const state = live();
  await state.compilers.get(collection)?.(id);
  const entry = state.collections.get(collection)?.get(id);
  return entry ? ({ ...entry, collection } as E) : undefined;
}

/**
 * By collection, the last work noted of some kind, until it settles: later work, noted while
 * earlier work goes on, takes its place (and is waited for too).
 */
class PendingWork {
  private readonly pending = new Map<string, Promise<void>>();

  note(collection: string, work: Promise<void>): void {
    this.pending.set(collection, work);
    const done = () => {
      if (this.pending.get(collection) === work) this.pending.delete(collection);
    };
    work.then(done, done);
  }

  isDone(collection: string): boolean {
    return !this.pending.has(collection);
  }

  /** Resolves once no work is pending, failed work included; says whether it waited. */
  async whenDone(collection: string): Promise<boolean> {
    let waited = false;
    // `done` above runs before each wait ends: the loop ends with the last work noted.
    for (let current = this.pending.get(collection); current; current = this.pending.get(collection)) {
      waited = true;
      await current.catch(() => undefined);
    }
    return waited;
  }
}

/** Records the promise of a collection's every entry compiled and checked: see {@link whenSettled}. */
export function setLiveSettled(collection: string, settled: Promise<void>): void {
  live().settled.note(collection, settled);
}

/** Whether every entry of the collection is compiled and checked now (see {@link whenSettled}). */
export function isSettled(collection: string): boolean {
  return live().settled.isDone(collection);
}

/**
 * Resolves once every entry of the collection is compiled and the site-wide checks have run on
 * them (the dev server's search indexes what they wrote), waiting for later work started meanwhile.
 */
export async function whenSettled(collection: string): Promise<void> {
  await live().settled.whenDone(collection);
}

/**
 * Notes the site-wide checks the loader runs after a change, once the page that shows it is
 * answered (see whenAnswered): they write the manifest search is made from.
 */
export function setLiveChecks(collection: string, checks: Promise<void>): void {
  live().checks.note(collection, checks);
}

/**
 * Resolves once no site-wide checks wait to run after a change (see setLiveChecks), waiting for
 * those noted meanwhile: search, asked for just after a save, is then made from the manifest
 * that holds it. Says whether there were checks to wait for (the manifest may have changed).
 */
export function whenChecked(collection: string): Promise<boolean> {
  return live().checks.whenDone(collection);
}

/** Notes a request the dev server started to answer; returns what notes its end. */
export function requestStarted(): () => void {
  const state = live();
  state.requests++;
  for (const listener of state.asked) listener();
  state.asked.clear();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    state.requests--;
    if (state.requests > 0) return;
    for (const resume of state.idle) resume();
    state.idle.clear();
  };
}

/**
 * Resolves once the dev server answers no request, or after `most` milliseconds: work done in the
 * background (compiling held pages) waits, so that a reader's page is not slowed down by it.
 */
export function whenIdle(most = 250): Promise<void> {
  const state = live();
  if (state.requests === 0) return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const timer = setTimeout(done, most);
    function done() {
      clearTimeout(timer);
      state.idle.delete(done);
      resolve();
    }
    state.idle.add(done);
  });
}

/**
 * Resolves once the dev server has answered a request that starts within `within` milliseconds
 * and whatever it is answering by then (a browser reloaded for a change asks for its page again
 * at once), waiting `most` milliseconds at most; at once when no request comes. Work that would
 * hold the only thread while that page is rendered (the site-wide checks, a quarter of a second
 * at 5,000 pages) waits for it.
 */
export async function whenAnswered(within = 150, most = 1000): Promise<void> {
  const state = live();
  const asked = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => done(false), within);
    function done(yes: boolean) {
      clearTimeout(timer);
      state.asked.delete(started);
      resolve(yes);
    }
    const started = () => done(true);
    state.asked.add(started);
  });
  if (asked) await whenIdle(most);
}

/**
 * Calls `listener` with each page the loader compiles in the background, as it is compiled: the
 * dev server's search starts indexing them then, rather than once they are all compiled. Returns
 * what stops it.
 */
export function onBackgroundPage(listener: (page: BackgroundPage) => void): () => void {
  const { compiled } = live();
  compiled.add(listener);
  return () => compiled.delete(listener);
}

/** Tells the listeners of {@link onBackgroundPage} of a page compiled in the background. */
export function backgroundPageCompiled(page: BackgroundPage): void {
  for (const listener of live().compiled) listener(page);
}
