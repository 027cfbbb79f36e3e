import { describe, expect, it } from 'vitest';
import { buildAnchorLock, checkAnchorLock, lockChanges, type AnchorLock } from './anchor-lock.ts';
import type { PageFacts } from './check-page.ts';

const page = (url: string, anchors: string[], places: PageFacts['anchorPlaces'] = {}, redirectFrom: PageFacts['redirectFrom'] = []): PageFacts => ({
  file: `content/docs${url}index.mdoc`,
  url,
  anchors,
  anchorPlaces: places,
  includes: [],
  links: [],
  images: [],
  redirectFrom,
});
const lock: AnchorLock = { version: 1, pages: { '/docs/a/': ['intro', 'scopes'], '/docs/old/': ['x'] } };
const check = (pages: PageFacts[]) => checkAnchorLock(lock, pages, 'content/anchors.lock.json').map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, id: d.id, level: d.level, message: d.message, hint: d.hint }));

describe('checkAnchorLock', () => {
  it('passes when every locked page and anchor is there', () => {
    expect(check([page('/docs/a/', ['intro', 'scopes']), page('/docs/new-home/', ['x'], {}, [{ href: '/docs/old/', line: 3, column: 5 }])])).toEqual([]);
  });

  it('reports a renamed anchor where the new one is written, with the exact alias to add', () => {
    const found = check([page('/docs/a/', ['intro', 'key-scopes'], { 'key-scopes': { line: 12, column: 17 } }), page('/docs/old/', ['x'])]);
    expect(found).toEqual([
      {
        at: 'content/docs/docs/a/index.mdoc:12:17',
        id: 'anchor-removed',
        level: 'error',
        message: '/docs/a/#scopes no longer exists, but readers may have linked to it.',
        hint: 'If #key-scopes replaces it, keep the old link working: write {% #key-scopes aliases=["scopes"] %} here. If the removal is intended, run npm run check -- --update-anchors.',
      },
      {
        at: 'content/docs/docs/a/index.mdoc:12:17',
        id: 'anchor-unlocked',
        level: 'warning',
        message: '#key-scopes is not in the anchor lock yet: nothing keeps links to /docs/a/#key-scopes working.',
        hint: 'Run npm run check -- --update-anchors and commit the lock file.',
      },
    ]);
  });

  it('guesses the closest of several new anchors, and falls back to the top of the page with no new one', () => {
    const misspelt = check([page('/docs/a/', ['intro', 'scopse', 'zebra'], { scopse: { line: 8, column: 1 }, zebra: { line: 20, column: 1 } }), page('/docs/old/', ['x'])]);
    expect(misspelt[0]).toMatchObject({ at: 'content/docs/docs/a/index.mdoc:8:1', hint: expect.stringContaining('{% #scopse aliases=["scopes"] %}') });
    expect(misspelt[1]).toMatchObject({ id: 'anchor-unlocked', message: '2 anchors are not in the anchor lock yet (#scopse, #zebra): nothing keeps links to /docs/a/ working.' });
    const longer = check([page('/docs/a/', ['intro', 'zebra', 'api-scopes'], { zebra: { line: 4, column: 1 }, 'api-scopes': { line: 9, column: 12 } }), page('/docs/old/', ['x'])]);
    expect(longer[0]).toMatchObject({ at: 'content/docs/docs/a/index.mdoc:9:12', hint: expect.stringContaining('{% #api-scopes aliases=["scopes"] %}') });
    const none = check([page('/docs/a/', ['intro']), page('/docs/old/', ['x'])]);
    expect(none).toEqual([expect.objectContaining({ at: 'content/docs/docs/a/index.mdoc:1:1', id: 'anchor-removed', hint: expect.stringContaining('{% #new-id aliases=["scopes"] %}') })]);
  });

  it('reports a locked page that is gone at the lock, and lists a new page as unlocked', () => {
    const found = check([page('/docs/a/', ['intro', 'scopes']), page('/docs/b/', ['one'], { one: { line: 5, column: 4 } })]);
    expect(found.map((d) => [d.at, d.id])).toEqual([
      ['content/anchors.lock.json:1:1', 'anchor-page-removed'],
      ['content/docs/docs/b/index.mdoc:5:4', 'anchor-unlocked'],
    ]);
  });
});

describe('lockChanges', () => {
  it('lists the anchors a rewrite adds and removes', () => {
    const next = buildAnchorLock([page('/docs/a/', ['intro', 'key-scopes']), page('/docs/b/', ['one'])]);
    expect(lockChanges(lock, next)).toEqual({ added: ['/docs/a/#key-scopes', '/docs/b/#one'], removed: ['/docs/a/#scopes', '/docs/old/#x'] });
    expect(lockChanges(undefined, next).removed).toEqual([]);
  });
});
