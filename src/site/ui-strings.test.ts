import { describe, expect, it } from 'vitest';
import { BUILT_IN_STRINGS } from './ui/index.ts';
import { ENGLISH, formatUi, uiStringsFor } from './ui-strings.ts';

describe('uiStringsFor', () => {
  it('gives each built-in language every string, none left in English by omission', () => {
    for (const tag of ['en', 'fr', 'de', 'es', 'pt-BR', 'ja', 'zh-Hans', 'ko', 'ar', 'he']) {
      const { strings, missing } = uiStringsFor(tag);
      expect(missing, tag).toEqual([]);
      if (tag !== 'en') expect(strings.onThisPage, tag).not.toBe(ENGLISH.onThisPage);
    }
  });

  it('keeps the placeholders of the English strings in every translation', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [tag, strings] of Object.entries(BUILT_IN_STRINGS)) {
      for (const [key, english] of Object.entries(ENGLISH)) {
        const own = placeholders(strings[key as keyof typeof ENGLISH]);
        // A language may leave a count out where its grammar names it ("one page").
        if (key === 'searchFoundOne') expect(own.every((p) => p === 'count'), `${tag}.${key}`).toBe(true);
        else expect(own, `${tag}.${key}`).toEqual(placeholders(english));
      }
    }
  });

  it('finds the closest built-in strings of a tag it does not have as such', () => {
    expect(uiStringsFor('zh-CN').strings.search).toBe('搜索');
    expect(uiStringsFor('pt').strings.search).toBe('Pesquisar');
    expect(uiStringsFor('fr-CA').strings.search).toBe('Rechercher');
    expect(uiStringsFor('de-AT').missing).toEqual([]);
  });

  it('falls back to English for a language it has no strings of, and names each missing key', () => {
    const { strings, missing } = uiStringsFor('it');
    expect(strings.search).toBe('Search');
    expect(missing).toContain('search');
    expect(missing).toHaveLength(Object.keys(ENGLISH).length);
  });

  it("takes the site's own strings over the built-in ones", () => {
    const { strings, missing } = uiStringsFor('it', { search: 'Cerca' });
    expect(strings.search).toBe('Cerca');
    expect(missing).not.toContain('search');
    expect(uiStringsFor('fr', { editPage: 'Proposer une modification' }).strings.editPage).toBe('Proposer une modification');
  });
});

describe('formatUi', () => {
  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(formatUi('{count} pages found', { count: 3 })).toBe('3 pages found');
    expect(formatUi('Read it in {language} {x}', { language: 'English' })).toBe('Read it in English {x}');
  });
});
