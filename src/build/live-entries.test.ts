import { describe, expect, it, vi } from 'vitest';
import type { DataStore } from 'astro/loaders';
import { announceLiveChange, isSettled, liveAnnouncements, liveEntries, liveStore, liveVersion, onLiveChange, requestStarted, setLiveChecks, setLiveCompiler, setLiveSettled, whenAnswered, whenChecked, whenCompiled, whenIdle, whenSettled, type LiveEntry } from './live-entries.ts';

/** Lets `ms` milliseconds pass, for the work under test to go on meanwhile. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    const version = liveVersion();
    const before = liveEntries('counted');
    expect(store.set({ id: 'c1', digest: '1', data: {} })).toBe(false);
    expect(liveVersion()).toBe(version);
    expect(liveEntries('counted')).toBe(before);
    expect(store.set({ id: 'c1', digest: '2', data: {} })).toBe(true);
    expect(liveVersion()).not.toBe(version);
    expect(liveEntries('counted')?.version).toBe(liveVersion());
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
    const version = liveVersion();
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
    expect(liveVersion()).toBeGreaterThan(version);
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

  it('follows the data store again when it keeps its entry: a page compiled in the background, then held again as it was', () => {
    const backing = memoryStore([{ id: 'k1', digest: 'held', data: { title: 'One' } }]);
    const store = liveStore(backing, 'held-again');
    store.deferSaving(true);
    store.set({ id: 'k1', digest: 'compiled with the old partial', data: { title: 'One' }, rendered: { html: '', metadata: { content: 'k1.json' } } });
    store.deferSaving(false);
    const version = liveVersion();
    // The partial it includes was edited: the page is held again, by the same frontmatter and source.
    expect(store.set({ id: 'k1', digest: 'held', data: { title: 'One' } })).toBe(false);
    expect(store.get('k1')?.digest).toBe('held');
    expect(liveEntries<{ digest: string }>('held-again')?.entries[0]?.digest).toBe('held');
    expect(liveVersion()).toBeGreaterThan(version);
    // Set again as the store holds it: no change.
    const after = liveVersion();
    expect(store.set({ id: 'k1', digest: 'held', data: { title: 'One' } })).toBe(false);
    expect(liveVersion()).toBe(after);
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
    await pause(5);
    expect(events).toEqual(['first']);
    finishSecond();
    await settled;
    expect(events).toEqual(['first', 'second', 'settled']);
    await expect(whenSettled('never-recorded')).resolves.toBeUndefined();
  });

  it('say whether they are settled now: not while the work recorded last is under way, failed or not', async () => {
    expect(isSettled('never-recorded')).toBe(true);
    let finish!: () => void;
    const first = new Promise<void>((resolve) => (finish = resolve));
    setLiveSettled('now', first);
    expect(isSettled('now')).toBe(false);
    let fail!: (error: Error) => void;
    const second = new Promise<void>((_resolve, reject) => (fail = reject));
    setLiveSettled('now', second);
    finish();
    await first;
    expect(isSettled('now'), 'the earlier work ended, the later goes on').toBe(false);
    fail(new Error('compiling failed'));
    await second.catch(() => undefined);
    expect(isSettled('now')).toBe(true);
  });

  it('wait in the background while requests are answered, and for a bounded time', async () => {
    const ended = requestStarted();
    let resumed = false;
    const idle = whenIdle(10_000).then(() => (resumed = true));
    await pause(10);
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

  it('let search wait for the site-wide checks after a change, and for checks noted meanwhile', async () => {
    await expect(whenChecked('checked'), 'nothing to wait for').resolves.toBe(false);
    const order: string[] = [];
    let first!: () => void;
    let second!: () => void;
    setLiveChecks('checked', new Promise<void>((resolve) => (first = resolve)));
    const waiting = whenChecked('checked').then((waited) => order.push(`search, waited: ${waited}`));
    await pause(10);
    setLiveChecks('checked', new Promise<void>((resolve) => (second = resolve)));
    first();
    await pause(10);
    expect(order).toEqual([]);
    order.push('checked');
    second();
    await waiting;
    expect(order).toEqual(['checked', 'search, waited: true']);
    // Checks that failed (said in the terminal) hold nothing back.
    setLiveChecks('checked', Promise.reject(new Error('unreadable')));
    await expect(whenChecked('checked')).resolves.toBe(true);
    await expect(whenChecked('checked')).resolves.toBe(false);
  });

  it('let work wait for the page a browser asks for after a change, and not for a page never asked for', async () => {
    const order: string[] = [];
    // A request starts within the window: the work waits until it is answered.
    const answered = whenAnswered(200, 10_000).then(() => order.push('checks'));
    await pause(20);
    const ended = requestStarted();
    await pause(20);
    expect(order).toEqual([]);
    order.push('page answered');
    ended();
    await answered;
    expect(order).toEqual(['page answered', 'checks']);
    // No request comes: the work goes on once the window has passed.
    let started = Date.now();
    await whenAnswered(30, 10_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(Date.now() - started).toBeLessThan(5_000);
    // A request that never ends holds it back for `most` milliseconds, not for ever.
    started = Date.now();
    const waiting = whenAnswered(200, 40);
    const stuck = requestStarted();
    await waiting;
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    stuck();
  });
});
