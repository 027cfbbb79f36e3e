import { describe, expect, it } from 'vitest';
import { closest, editDistance, nearest } from './suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('info', 'info')).toBe(0);
    // Two neighbouring characters swapped are one edit.
    expect(editDistance('plsu', 'plus')).toBe(1);
    expect(editDistance('inof', 'info')).toBe(1);
    expect(editDistance('inf', 'info')).toBe(1);
    expect(editDistance('nte', 'note')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('closest', () => {
  it('suggests a name within a small distance', () => {
    expect(closest('inf', ['info', 'note', 'tabs'])).toBe('info');
    expect(closest('la`yout', ['layout', 'title'])).toBe('layout');
    expect(closest('setp', ['setup', 'scopes'])).toBe('setup');
    expect(closest('titel', ['title', 'type', 'id'])).toBe('title');
  });
  it('suggests nothing when no name is close', () => {
    expect(closest('zebra', ['info', 'note'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});

describe('nearest', () => {
  it('lists the closest candidates first', () => {
    expect(nearest('scope', ['create-api-key', 'scopes', 'scope-list'], 2)).toEqual(['scopes', 'scope-list']);
  });
});
