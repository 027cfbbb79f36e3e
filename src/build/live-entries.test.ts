import { describe, expect, it, vi } from 'vitest';
import type { DataStore } from 'astro/loaders';
import { announceLiveChange, liveEntries, liveStore, liveVersion, onLiveChange, type LiveEntry } from './live-entries';

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
});
