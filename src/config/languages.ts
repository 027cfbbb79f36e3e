import { readContentFolders } from './content-folders.ts';
import { siteLanguages, type Language, type LanguageFolder, type LanguageFolderProblem, type TranslatedLanguage } from '../site/languages.ts';
import { uiStringsFor, type UiStrings } from '../site/ui-strings.ts';
import type { SiteConfig } from '../site.config.ts';

/** The folders under `CONTENT_DIR/i18n/`, each with whether it holds `docs/`. */
export function readLanguageFolders(contentDir: string): LanguageFolder[] {
  return readContentFolders(contentDir, 'i18n');
}

/** A language of the site with its chrome's strings. */
export type SiteLanguage = Language & { strings: UiStrings; missingStrings: (keyof UiStrings)[] };

/** The languages a content folder publishes: the default one, then one per valid language folder. */
export interface SiteLanguages {
  default: SiteLanguage;
  translated: (TranslatedLanguage & SiteLanguage)[];
  /** The language folders left out, and why (the checks report them). */
  problems: LanguageFolderProblem[];
}

/** The site's languages, from its config and the language folders of its content folder. */
export function readSiteLanguages(contentDir: string, site: Pick<SiteConfig, 'lang' | 'languages'>): SiteLanguages {
  const { default: base, translated, problems } = siteLanguages(site.lang, readLanguageFolders(contentDir), site.languages);
  const withStrings = <T extends Language>(language: T): T & SiteLanguage => {
    const { strings, missing } = uiStringsFor(language.tag, site.languages[language.tag]?.strings);
    return { ...language, strings, missingStrings: missing };
  };
  return { default: withStrings(base), translated: translated.map(withStrings), problems };
}
