import { describe, expect, it } from 'vitest';
import { directionOf, languageOf, readLanguageTag, siteLanguages } from './languages.ts';

describe('language tags', () => {
  it('reads a folder name as its canonical BCP 47 tag', () => {
    expect(readLanguageTag('fr')).toEqual({ tag: 'fr' });
    expect(readLanguageTag('pt-br')).toEqual({ tag: 'pt-BR' });
    expect(readLanguageTag('zh-hans')).toEqual({ tag: 'zh-Hans' });
    expect(readLanguageTag('en-US')).toEqual({ tag: 'en-US' });
  });

  it('says what is wrong with a name that is not a tag, with the tag it likely means', () => {
    expect(readLanguageTag('fr_FR')).toEqual({ problem: 'malformed', suggestion: 'fr-FR' });
    expect(readLanguageTag('français')).toEqual({ problem: 'malformed', suggestion: 'fr' });
    expect(readLanguageTag('french')).toEqual({ problem: 'unknown', suggestion: 'fr' });
    expect(readLanguageTag('Deutsch')).toEqual({ problem: 'unknown', suggestion: 'de' });
    expect(readLanguageTag('xx')).toEqual({ problem: 'unknown' });
    expect(readLanguageTag('x-klingon')).toEqual({ problem: 'malformed' });
    expect(readLanguageTag('123')).toEqual({ problem: 'malformed' });
  });
});

describe('languages', () => {
  it('are named in themselves, and written right to left where their script is', () => {
    expect(languageOf('fr')).toEqual({ tag: 'fr', label: 'Français', dir: 'ltr' });
    expect(languageOf('pt-BR')).toEqual({ tag: 'pt-BR', label: 'Português (Brasil)', dir: 'ltr' });
    expect(languageOf('ja')).toEqual({ tag: 'ja', label: '日本語', dir: 'ltr' });
    expect(languageOf('ar')).toEqual({ tag: 'ar', label: 'العربية', dir: 'rtl' });
    expect(languageOf('he')).toEqual({ tag: 'he', label: 'עברית', dir: 'rtl' });
    for (const tag of ['fa', 'ur', 'yi', 'dv', 'ckb', 'uz-Arab']) expect(directionOf(tag)).toBe('rtl');
    for (const tag of ['en', 'zh-Hans', 'ko', 'uz', 'de']) expect(directionOf(tag)).toBe('ltr');
  });

  it('take their label and direction from the site config where it sets them', () => {
    expect(languageOf('fr', { label: 'French' })).toEqual({ tag: 'fr', label: 'French', dir: 'ltr' });
    expect(languageOf('ar', { dir: 'ltr' }).dir).toBe('ltr');
  });

  it('are the default one and one per language folder, in the order of their tags', () => {
    const site = siteLanguages('en', [
      { name: 'fr', hasDocs: true },
      { name: 'ar', hasDocs: true },
      { name: 'pt-BR', hasDocs: true },
    ]);
    expect(site.default).toEqual({ tag: 'en', label: 'English', dir: 'ltr' });
    expect(site.translated.map((l) => [l.tag, l.folder, l.dir])).toEqual([
      ['ar', 'ar', 'rtl'],
      ['fr', 'fr', 'ltr'],
      ['pt-BR', 'pt-BR', 'ltr'],
    ]);
    expect(site.problems).toEqual([]);
  });

  it('leave out each folder that cannot be a language, and say why, the others kept', () => {
    const site = siteLanguages('en', [
      { name: 'pt-br', hasDocs: true },
      { name: 'pt-BR', hasDocs: true },
      { name: 'en', hasDocs: true },
      { name: 'de', hasDocs: false },
      { name: 'fr_FR', hasDocs: true },
      { name: 'xx', hasDocs: true },
      { name: 'ja', hasDocs: true },
    ]);
    expect(site.translated.map((l) => l.tag)).toEqual(['ja', 'pt-BR']);
    expect(site.translated.find((l) => l.tag === 'pt-BR')?.folder).toBe('pt-BR');
    expect(site.problems).toEqual([
      { kind: 'docs-missing', folder: 'de', tag: 'de' },
      { kind: 'default', folder: 'en', tag: 'en' },
      { kind: 'tag-invalid', folder: 'fr_FR', reading: { problem: 'malformed', suggestion: 'fr-FR' } },
      { kind: 'duplicate', folder: 'pt-br', tag: 'pt-BR', first: 'pt-BR' },
      { kind: 'tag-invalid', folder: 'xx', reading: { problem: 'unknown' } },
    ]);
  });

  it('count a second spelling of a language as a second folder even when the first has no docs/', () => {
    const site = siteLanguages('en', [
      { name: 'fr', hasDocs: false },
      { name: 'FR', hasDocs: true },
    ]);
    expect(site.translated).toEqual([]);
    expect(site.problems).toEqual([
      { kind: 'duplicate', folder: 'FR', tag: 'fr', first: 'fr' },
      { kind: 'docs-missing', folder: 'fr', tag: 'fr' },
    ]);
  });
});
