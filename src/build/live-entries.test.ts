import { describe, expect, it, vi } from 'vitest';
import type { DataStore } from 'astro/loaders';
import { announceLiveChange, liveAnnouncements, liveChanges, liveEntries, liveListVersion, liveStore, onLiveChange, requestStarted, setLiveCompiler, setLiveSettled, whenAnswered, whenCompiled, whenIdle, whenSettled, type LiveEntry } from './live-entries';

/** A data store that, like Astro's, ignores an entry set again with the same digest. */
function memoryStore(initial: LiveEntry[] = []): DataStore {
  const entries = new Map(initial.map((entry) => [entry.id, entry]));
  return {
    get: (key) => entries.get(key) as never,
    entries: () => [...entries],
    set: (entry) => {
      if (entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry as LiveEntry);
      return true;
    },
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    delete: (key) => void entries.delete(key),
    clear: () => entries.clear(),
    has: (key) => entries.has(key),
    addModuleImport: () => undefined,
  };
}

const ids = (collection: string) => liveEntries<{ id: string }>(collection)?.entries.map((e) => e.id);

// The live entries are one per process: each test uses a collection of its own.
describe('live entries', () => {
  it('start as the store holds them, then follow what the loader sets, in the store\'s order', () => {
    const store = liveStore(
      memoryStore([
        { id: 'a1', digest: '1', data: { title: 'One' } },
        { id: 'a2', digest: '1', data: { title: 'Two' } },
      ]),
      'in-place',
    );
    expect(liveEntries('in-place')?.entries).toEqual([
      { id: 'a1', collection: 'in-place', digest: '1', data: { title: 'One' } },
      { id: 'a2', collection: 'in-place', digest: '1', data: { title: 'Two' } },
    ]);
    store.set({ id: 'a1', digest: '2', data: { title: 'One, edited' } });
    store.set({ id: 'a3', digest: '1', data: { title: 'Three' } });
    expect(liveEntries('in-place')?.entries).toEqual([
      { id: 'a1', collection: 'in-place', digest: '2', data: { title: 'One, edited' } },
      { id: 'a2', collection: 'in-place', digest: '1', data: { title: 'Two' } },
      { id: 'a3', collection: 'in-place', digest: '1', data: { title: 'Three' } },
    ]);
  });

  it('leave deleted and cleared entries out', () => {
    const store = liveStore(memoryStore(), 'deleted');
    for (const id of ['b1', 'b2', 'b3']) store.set({ id, digest: '1', data: {} });
    store.delete('b1');
    expect(ids('deleted')).toEqual(['b2', 'b3']);
    store.clear();
    expect(ids('deleted')).toEqual([]);
  });

  it('count only the writes the store took: an entry set again unchanged is no change', () => {
    const store = liveStore(memoryStore(), 'counted');
    store.set({ id: 'c1', digest: '1', data: {} });
    const changes = liveChanges();
    const before = liveEntries('counted');
    expect(store.set({ id: 'c1', digest: '1', data: {} })).toBe(false);
    expect(liveChanges()).toBe(changes);
    expect(liveEntries('counted')).toBe(before);
    expect(store.set({ id: 'c1', digest: '2', data: {} })).toBe(true);
    expect(liveChanges()).not.toBe(changes);
  });

  it('keep their list while only a body changes, and look each entry up as it is now', async () => {
    const store = liveStore(memoryStore([{ id: 'c2', digest: '1', data: { title: 'One' }, filePath: 'docs/c2.mdoc' }]), 'listed');
    const list = liveEntries('listed');
    const version = liveListVersion();
    const changes = liveChanges();
    store.set({ id: 'c2', digest: '2', data: { title: 'One' }, filePath: 'docs/c2.mdoc', rendered: { html: '', metadata: { content: 'new.json' } } });
    expect(liveChanges()).toBeGreaterThan(changes);
    expect(liveListVersion()).toBe(version);
    expect(liveEntries('listed')).toBe(list);
    // The page itself comes as it is now.
    expect(await whenCompiled('listed', 'c2')).toMatchObject({ digest: '2', rendered: { metadata: { content: 'new.json' } } });
    // A new title, a moved file, a new page: the list is made again.
    store.set({ id: 'c2', digest: '3', data: { title: 'One, retitled' }, filePath: 'docs/c2.mdoc' });
    expect(liveListVersion()).not.toBe(version);
    const retitled = liveListVersion();
    store.set({ id: 'c2', digest: '4', data: { title: 'One, retitled' }, filePath: 'docs/moved/c2.mdoc' });
    expect(liveListVersion()).not.toBe(retitled);
    const moved = liveListVersion();
    store.set({ id: 'c3', digest: '1', data: { title: 'Two' } });
    expect(liveListVersion()).not.toBe(moved);
    expect(liveEntries('listed')?.entries.map((e) => (e as { data: { title: string } }).data.title)).toEqual(['One, retitled', 'Two']);
  });

  it('start again from the store when the loader runs again, and are absent for other collections', () => {
    liveStore(memoryStore([{ id: 'd1', digest: '1', data: {} }]), 'again').set({ id: 'd2', digest: '1', data: {} });
    liveStore(memoryStore([{ id: 'd3', digest: '1', data: {} }]), 'again');
    expect(ids('again')).toEqual(['d3']);
    expect(liveEntries('never-loaded')).toBeUndefined();
  });

  it('tell each listener of a change until it stops listening', () => {
    const listener = vi.fn();
    const stop = onLiveChange(listener);
    announceLiveChange();
    stop();
    announceLiveChange();
    expect(listener).toHaveBeenCalledOnce();
  });

  it('count announcements apart from writes', () => {
    const store = liveStore(memoryStore(), 'announced');
    const announced = liveAnnouncements();
    store.set({ id: 'e1', digest: '1', data: {} });
    expect(liveAnnouncements()).toBe(announced);
    announceLiveChange();
    expect(liveAnnouncements()).toBe(announced + 1);
  });
});

describe('deferred saving', () => {
  it('keeps entries set meanwhile out of the data store, serving them live, until they are saved', () => {
    const backing = memoryStore([{ id: 'f1', digest: 'held', data: { title: 'One' } }]);
    const store = liveStore(backing, 'deferred');
    const changes = liveChanges();
    store.deferSaving(true);
    expect(store.set({ id: 'f1', digest: 'compiled', data: { title: 'One' }, rendered: { html: '', metadata: { content: 'f1.json' } } })).toBe(true);
    store.set({ id: 'f2', digest: 'compiled', data: { title: 'Two' } });
    store.deferSaving(false);
    // Live at once, read back by id, not in Astro's store yet.
    expect(store.get('f1')?.digest).toBe('compiled');
    expect(backing.get('f1')?.digest).toBe('held');
    expect(backing.get('f2')).toBeUndefined();
    expect(ids('deferred')).toEqual(['f1', 'f2']);
    // Set again unchanged while deferred: no change.
    store.deferSaving(true);
    expect(store.set({ id: 'f2', digest: 'compiled', data: { title: 'Two' } })).toBe(false);
    store.deferSaving(false);
    expect(liveChanges()).toBeGreaterThan(changes);
    store.saveDeferred();
    expect(backing.get('f1')?.digest).toBe('compiled');
    expect(backing.get('f2')?.digest).toBe('compiled');
  });

  it('changes the version only when an entry\'s data changed: a held page compiled changes no sidebar', () => {
    const store = liveStore(memoryStore([{ id: 'g1', digest: 'held', data: { title: 'One' } }]), 'same-data');
    const before = liveEntries('same-data');
    store.deferSaving(true);
    store.set({ id: 'g1', digest: 'compiled', data: { title: 'One' } });
    expect(liveEntries('same-data')).toBe(before);
    store.set({ id: 'g1', digest: 'compiled again', data: { title: 'One, retitled' } });
    store.deferSaving(false);
    expect(liveEntries('same-data')?.entries[0]).toMatchObject({ digest: 'compiled again', data: { title: 'One, retitled' } });
  });

  it('lets a save made meanwhile go to the data store at once, and a deleted entry stay deleted', () => {
    const backing = memoryStore();
    const store = liveStore(backing, 'mixed');
    store.deferSaving(true);
    store.set({ id: 'h1', digest: 'background', data: {} });
    store.set({ id: 'h2', digest: 'background', data: {} });
    store.deferSaving(false);
    store.set({ id: 'h1', digest: 'saved', data: {} });
    store.delete('h2');
    store.saveDeferred();
    expect(backing.get('h1')?.digest).toBe('saved');
    expect(backing.get('h2')).toBeUndefined();
    expect(ids('mixed')).toEqual(['h1']);
  });

  it('leaves every save for later once asked, read back live, and saves them when told', () => {
    const backing = memoryStore([{ id: 'k1', digest: '1', data: { title: 'One' } }]);
    const store = liveStore(backing, 'later');
    store.saveLater(true);
    const changes = liveChanges();
    const version = liveListVersion();
    // A body saved: a change the dev server shows, in the same list of pages.
    expect(store.set({ id: 'k1', digest: '2', data: { title: 'One' } })).toBe(true);
    expect(liveChanges()).toBeGreaterThan(changes);
    expect(liveListVersion()).toBe(version);
    expect(store.set({ id: 'k1', digest: '2', data: { title: 'One' } })).toBe(false);
    store.set({ id: 'k2', digest: '1', data: { title: 'Two' } });
    expect(liveListVersion()).not.toBe(version);
    // Astro's store has none of it yet; the loader reads it all back.
    expect(backing.get('k1')?.digest).toBe('1');
    expect(backing.has('k2')).toBe(false);
    expect(store.get('k1')?.digest).toBe('2');
    expect(store.has('k2')).toBe(true);
    expect(store.keys()).toEqual(['k1', 'k2']);
    expect(store.values().map((e) => e.digest)).toEqual(['2', '1']);
    expect(store.entries().map(([id]) => id)).toEqual(['k1', 'k2']);
    store.saveDeferred();
    expect(backing.get('k1')?.digest).toBe('2');
    expect(backing.get('k2')?.digest).toBe('1');
    store.saveLater(false);
    store.set({ id: 'k1', digest: '3', data: { title: 'One' } });
    expect(backing.get('k1')?.digest).toBe('3');
  });
});

describe('held pages', () => {
  it('are compiled when asked for, and come back as the loader then holds them', async () => {
    const store = liveStore(memoryStore([{ id: 'i1', digest: 'held', data: { title: 'One' } }]), 'on-demand');
    const compile = vi.fn(async (id: string) => {
      if (id === 'i1') store.set({ id, digest: 'compiled', data: { title: 'One' }, rendered: { html: '', metadata: { headings: [] } } });
    });
    setLiveCompiler('on-demand', compile);
    expect(await whenCompiled('on-demand', 'i1')).toMatchObject({ id: 'i1', collection: 'on-demand', digest: 'compiled', rendered: { metadata: { headings: [] } } });
    expect(compile).toHaveBeenCalledWith('i1');
    expect(await whenCompiled('on-demand', 'none')).toBeUndefined();
    expect(await whenCompiled('no-compiler', 'i1')).toBeUndefined();
  });

  it('settle once the work recorded last is done, including work recorded while waiting', async () => {
    const events: string[] = [];
    let finishFirst!: () => void;
    setLiveSettled('settling', new Promise<void>((resolve) => (finishFirst = resolve)).then(() => void events.push('first')));
    const settled = whenSettled('settling').then(() => events.push('settled'));
    let finishSecond!: () => void;
    setLiveSettled('settling', new Promise<void>((resolve) => (finishSecond = resolve)).then(() => void events.push('second')));
    finishFirst();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(events).toEqual(['first']);
    finishSecond();
    await settled;
    expect(events).toEqual(['first', 'second', 'settled']);
    await expect(whenSettled('never-recorded')).resolves.toBeUndefined();
  });

  it('wait in the background while requests are answered, and for a bounded time', async () => {
    const ended = requestStarted();
    let resumed = false;
    const idle = whenIdle(10_000).then(() => (resumed = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(resumed).toBe(false);
    ended();
    ended(); // Ending twice counts once.
    await idle;
    expect(resumed).toBe(true);
    // A request that never ends holds the background back for `most` milliseconds at a time.
    const stuck = requestStarted();
    const started = Date.now();
    await whenIdle(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    stuck();
    await expect(whenIdle()).resolves.toBeUndefined();
  });
});

describe('a change shown', () => {
  it('waits for the request that comes next to be answered, and not for one asked before', async () => {
    const before = requestStarted();
    const events: string[] = [];
    const answered = whenAnswered(1000, 10_000).then(() => events.push('answered'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    before();
    events.push('earlier request ended');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const next = requestStarted();
    await new Promise((resolve) => setTimeout(resolve, 10));
    events.push('next request ends');
    next();
    await answered;
    expect(events).toEqual(['earlier request ended', 'next request ends', 'answered']);
  });

  it('waits a moment only when no request comes, and a bounded time for one that never ends', async () => {
    let started = Date.now();
    await whenAnswered(20, 10_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    started = Date.now();
    const answered = whenAnswered(1000, 30);
    const stuck = requestStarted();
    await answered;
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    stuck();
  });
});
