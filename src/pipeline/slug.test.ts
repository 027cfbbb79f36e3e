import { describe, expect, it } from 'vitest';
import { createSlugger, isReservedId, RESERVED_IDS } from './slug.ts';

describe('createSlugger', () => {
  it('never gives a heading an id of the layout, whatever its case or spacing', () => {
    for (const id of RESERVED_IDS) {
      const slugger = createSlugger();
      const title = id.replace(/-/g, ' ').toUpperCase();
      expect(slugger.slug(title), title).toBe(`${id}-1`);
      expect(slugger.slug(title), title).toBe(`${id}-2`);
    }
  });
  it('gives other headings their own slug, as pages without the layout would', () => {
    expect(createSlugger().slug('Scopes')).toBe('scopes');
  });
  it('starts every page afresh', () => {
    const first = createSlugger();
    first.slug('Scopes');
    expect(createSlugger().slug('Scopes')).toBe('scopes');
  });
});

describe('isReservedId', () => {
  it('knows the layout ids, and only those', () => {
    for (const id of RESERVED_IDS) expect(isReservedId(id), id).toBe(true);
    expect(isReservedId('scopes')).toBe(false);
    expect(isReservedId('Content')).toBe(false);
  });
});
