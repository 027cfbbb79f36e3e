import { describe, expect, it } from 'vitest';
import { changedLines, parseGitHistory, sectionsOf, sourceDigestOf, translationStatus } from './translation-status.ts';

describe('parseGitHistory', () => {
  it('lists each file’s commits newest first and each commit’s place in the log', () => {
    const history = parseGitHistory('\0c3\n\ndocs/a.mdoc\n\0c2\n\ni18n/fr/docs/a.mdoc\n\0c1\n\ndocs/a.mdoc\ni18n/fr/docs/a.mdoc\n', '/repo');
    expect(history.commits.get('/repo/docs/a.mdoc')).toEqual(['c3', 'c1']);
    expect(history.commits.get('/repo/i18n/fr/docs/a.mdoc')).toEqual(['c2', 'c1']);
    expect(history.order.get('c3')).toBe(0);
    expect(history.order.get('c1')).toBe(2);
  });
});

describe('changedLines and sectionsOf', () => {
  const places = { scopes: { line: 7, column: 13 }, limits: { line: 12, column: 1 } };

  it('reads the changed lines of the new side, a deletion as the line after it', () => {
    expect(changedLines('@@ -3 +3 @@\n-a\n+b\n@@ -9,0 +10,2 @@\n+c\n+d\n@@ -20,3 +21,0 @@\n')).toEqual([3, 10, 11, 21]);
  });

  it('names the sections holding lines, the text above the first heading as the introduction', () => {
    expect(sectionsOf([3, 8, 14, 13], places)).toEqual(['', 'scopes', 'limits']);
    expect(sectionsOf([], places)).toEqual([]);
  });
});

describe('translationStatus', () => {
  const source = { path: '/repo/docs/a.mdoc', bytes: 'source v2', places: { scopes: { line: 5, column: 1 } } };
  const history = parseGitHistory('\0c3\n\ndocs/a.mdoc\n\0c2\n\ni18n/fr/docs/a.mdoc\n\0c1\n\ndocs/a.mdoc\ni18n/fr/docs/a.mdoc\n', '/repo');
  const diff = (since: string) => (since === 'c2' ? '@@ -5 +5 @@\n' : '');

  it('is behind when the source has commits since the translation’s latest, naming the sections they changed', () => {
    expect(translationStatus({ path: '/repo/i18n/fr/docs/a.mdoc' }, source, history, diff)).toEqual({ kind: 'behind-git', since: 'c2', commits: 1, sections: ['scopes'] });
  });

  it('is current when the translation was committed after its source, or never committed, or there is no history', () => {
    const later = parseGitHistory('\0c4\n\ni18n/fr/docs/a.mdoc\n\0c3\n\ndocs/a.mdoc\n', '/repo');
    expect(translationStatus({ path: '/repo/i18n/fr/docs/a.mdoc' }, source, later, diff).kind).toBe('current');
    expect(translationStatus({ path: '/repo/i18n/de/docs/a.mdoc' }, source, history, diff).kind).toBe('current');
    expect(translationStatus({ path: '/repo/i18n/fr/docs/a.mdoc' }, source, undefined, diff).kind).toBe('current');
  });

  it('takes the digest a translator recorded over history', () => {
    expect(translationStatus({ path: '/x', sourceDigest: sourceDigestOf('source v2') }, source, history, diff).kind).toBe('current');
    expect(translationStatus({ path: '/x', sourceDigest: 'abc' }, source, undefined, diff)).toEqual({ kind: 'behind-digest', recorded: 'abc', current: sourceDigestOf('source v2') });
  });
});
