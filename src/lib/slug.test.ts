import { describe, expect, it } from 'vitest';
import { createSlugger, isReservedId } from './slug';

describe('createSlugger', () => {
  it('slugs like github-slugger, keeping repeats unique', () => {
    const slugger = createSlugger();
    expect(slugger.slug('Create API key')).toBe('create-api-key');
    expect(slugger.slug('Create API key')).toBe('create-api-key-1');
    expect(slugger.slug('Überblick & Ä')).toBe('überblick--ä');
  });
  it('never gives a heading an id of the layout', () => {
    expect(createSlugger().slug('Content')).toBe('content-1');
    expect(isReservedId('page-status')).toBe(true);
    expect(isReservedId('scopes')).toBe(false);
  });
});
