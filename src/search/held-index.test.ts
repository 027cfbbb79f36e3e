import { describe, expect, it } from 'vitest';
import { changedPages, heldChoice, likelyToChange, mirrorChanges, pagesToAdd, pagesToHold, RecentPages } from './held-index.ts';

/** Three pages the tests change, among nine that stay as they are. */
const site = new Map([
  ['/docs/a/', 'a1'],
  ['/docs/b/', 'b1'],
  ['/docs/c/', 'c1'],
  ...Array.from({ length: 9 }, (_, i): [string, string] => [`/docs/other-${i}/`, `o${i}`]),
]);

describe('likelyToChange', () => {
  it('takes the pages asked for, and the pages a change changed when they are few', () => {
    expect(likelyToChange(['/a/'], ['/b/'])).toEqual(['/a/', '/b/']);
    expect(likelyToChange([], [])).toEqual([]);
    const everyPage = Array.from({ length: 50 }, (_, i) => `/p${i}/`);
    expect(likelyToChange(['/a/'], everyPage)).toEqual(['/a/']);
    expect(likelyToChange([], everyPage)).toEqual([]);
  });
});

describe('pagesToHold', () => {
  it('holds every page but the likely ones, ignoring likely pages that do not exist', () => {
    const held = pagesToHold(site, ['/docs/b/', '/docs/gone/']);
    expect([...held.keys()]).toEqual([...site.keys()].filter((url) => url !== '/docs/b/'));
    expect(held.get('/docs/a/')).toBe('a1');
    expect(site.size).toBe(12);
  });
});

describe('pagesToAdd', () => {
  const held = pagesToHold(site, ['/docs/b/']);
  it('adds the pages left out, changed or not, and new pages', () => {
    expect(pagesToAdd(held, site)).toEqual(['/docs/b/']);
    expect(pagesToAdd(held, new Map([...site, ['/docs/b/', 'b2'], ['/docs/d/', 'd1']]))).toEqual(['/docs/b/', '/docs/d/']);
    expect(pagesToAdd(held, new Map([...site].filter(([url]) => url !== '/docs/b/')))).toEqual([]);
  });
  it('gives up when a page it holds changed or is gone', () => {
    expect(pagesToAdd(held, new Map([...site, ['/docs/a/', 'a2']]))).toBeUndefined();
    expect(pagesToAdd(held, new Map([...site].filter(([url]) => url !== '/docs/c/')))).toBeUndefined();
  });
  it('gives up when it lacks more than two fifths of the pages', () => {
    const pages = new Map(Array.from({ length: 10 }, (_, i) => [`/docs/${i}/`, `${i}`]));
    const first = (n: number) => [...pages.keys()].slice(0, n);
    expect(pagesToAdd(pagesToHold(pages, first(4)), pages)).toEqual(first(4));
    expect(pagesToAdd(pagesToHold(pages, first(5)), pages)).toBeUndefined();
  });
});

describe('mirrorChanges', () => {
  it('places new and changed documents and removes those no longer wanted', () => {
    const mirrored = new Map([
      ['/docs/a/', 'a1'],
      ['/docs/b/', 'b1'],
      ['/docs/c/', 'c1'],
    ]);
    const wanted = new Map([
      ['/docs/a/', 'a1'],
      ['/docs/b/', 'b2'],
      ['/docs/d/', 'd1'],
    ]);
    expect(mirrorChanges(mirrored, wanted)).toEqual({ place: ['/docs/b/', '/docs/d/'], remove: ['/docs/c/'] });
    expect(mirrorChanges(wanted, wanted)).toEqual({ place: [], remove: [] });
    expect(mirrorChanges(new Map(), wanted).place).toEqual([...wanted.keys()]);
  });
});

describe('changedPages', () => {
  it('lists pages made differently, and new ones', () => {
    expect(changedPages(site, new Map([...site, ['/docs/c/', 'c2'], ['/docs/d/', 'd1']]))).toEqual(['/docs/c/', '/docs/d/']);
    expect(changedPages(site, site)).toEqual([]);
  });
});

describe('RecentPages', () => {
  it('keeps the last few distinct pages, most recent last', () => {
    const recent = new RecentPages(2);
    recent.note('/a/');
    recent.note('/b/');
    recent.note('/a/');
    expect(recent.list()).toEqual(['/b/', '/a/']);
    recent.note('/c/');
    expect(recent.list()).toEqual(['/a/', '/c/']);
  });
});

describe('heldChoice', () => {
  const held = pagesToHold(site, ['/docs/a/']);
  const saved = new Map(site).set('/docs/a/', 'a2');

  it('waits for an index still being made when the change left every page it holds as it was', () => {
    expect(heldChoice(false, held, saved)).toBe('use');
  });

  it('gives up an index still being made that holds a page changed since, or lacks too many', () => {
    expect(heldChoice(false, held, new Map(saved).set('/docs/b/', 'b2'))).toBe('give up');
    expect(heldChoice(false, new Map([['/docs/b/', 'b1']]), site)).toBe('give up');
  });

  it('takes an index already made whatever it holds: finishing it checks again', () => {
    expect(heldChoice(true, held, new Map(saved).set('/docs/b/', 'b2'))).toBe('use');
  });
});
