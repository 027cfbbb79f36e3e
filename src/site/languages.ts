/**
 * The languages of a site: the default one (`lang` in the site config), whose pages are
 * `CONTENT_DIR/docs/`, and one more per folder `CONTENT_DIR/i18n/<tag>/`, named by a BCP 47 tag.
 * Nothing here names a language: labels, directions and tags come from `Intl`.
 */

/** A language of the site. */
export interface Language {
  /** The canonical BCP 47 tag (`fr`, `pt-BR`, `zh-Hans`). */
  tag: string;
  /** Its name in itself, as a reader looks for it in a picker ("Français"). */
  label: string;
  dir: 'ltr' | 'rtl';
}

/** What a site config may set for a language. */
export interface LanguageSetting {
  label?: string;
  dir?: 'ltr' | 'rtl';
}

/** What a folder name says as a language tag. */
export type TagReading =
  | { tag: string }
  /** Not a tag at all (`fr_FR`, `français`), or a well-formed tag of no known language (`xx`). */
  | { problem: 'malformed' | 'unknown'; suggestion?: string };

/**
 * Two-letter language codes (ISO 639-1), to suggest a tag for a folder named after a language
 * (`french`, `deutsch`): `Intl` names languages but cannot list them.
 */
const TWO_LETTER_CODES =
  'aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(' ');

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The tag of a language named in English or in itself (`french`, `Deutsch`), if any. */
function tagNamed(name: string): string | undefined {
  const wanted = name.toLowerCase().replace(/[-_\s]+/g, ' ');
  return TWO_LETTER_CODES.find((code) => [englishNames.of(code), ownName(code)].some((known) => known?.toLowerCase() === wanted));
}

/** A language's name in itself, as `Intl` writes it (`français`). */
function ownName(tag: string): string | undefined {
  try {
    return new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
  } catch {
    return undefined;
  }
}

/** Reads a folder name as a language tag: its canonical form, or what is wrong with it. */
export function readLanguageTag(name: string): TagReading {
  let tag: string | undefined;
  try {
    [tag] = Intl.getCanonicalLocales(name);
  } catch {
    tag = undefined;
  }
  if (!tag) {
    // `fr_FR`, `pt_br`: the separator of tags is a hyphen.
    const hyphenated = name.replace(/_/g, '-');
    const fixed = hyphenated !== name ? readLanguageTag(hyphenated) : undefined;
    const suggestion = fixed && 'tag' in fixed ? fixed.tag : tagNamed(name);
    return { problem: 'malformed', ...(suggestion ? { suggestion } : {}) };
  }
  const language = new Intl.Locale(tag).language;
  if (englishNames.of(language) === undefined) {
    const suggestion = tagNamed(name);
    return { problem: 'unknown', ...(suggestion ? { suggestion } : {}) };
  }
  return { tag };
}

/** The direction a language is written in, from its script (Arabic, Hebrew, Thaana… are right-to-left). */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** A language of the site with its label and direction: the config's, else from `Intl`. */
export function languageOf(tag: string, setting: LanguageSetting = {}): Language {
  const own = ownName(tag) ?? tag;
  const label = setting.label ?? own.charAt(0).toLocaleUpperCase(tag) + own.slice(1);
  return { tag, label, dir: setting.dir ?? directionOf(tag) };
}

/** A folder under `i18n/`, as found on disk. */
export interface LanguageFolder {
  name: string;
  /** Whether it holds a `docs/` folder. */
  hasDocs: boolean;
}

/** What is wrong with a language folder. */
export type LanguageFolderProblem =
  | { kind: 'tag-invalid'; folder: string; reading: Extract<TagReading, { problem: string }> }
  | { kind: 'docs-missing'; folder: string; tag: string }
  | { kind: 'default'; folder: string; tag: string }
  | { kind: 'duplicate'; folder: string; tag: string; first: string };

/** A translated language of the site, with the folder its pages are in. */
export interface TranslatedLanguage extends Language {
  folder: string;
}

/**
 * The site's languages from its language folders, in the order of their tags, and the problems
 * of the folders left out: a name that is not a language tag, no `docs/` in it, the default
 * language's own tag, or a second folder of a language (`pt-br` beside `pt-BR`).
 */
export function siteLanguages(
  defaultTag: string,
  folders: readonly LanguageFolder[],
  settings: Readonly<Record<string, LanguageSetting>> = {},
): { default: Language; translated: TranslatedLanguage[]; problems: LanguageFolderProblem[] } {
  const base = readLanguageTag(defaultTag);
  const defaultCanonical = 'tag' in base ? base.tag : defaultTag;
  const translated: TranslatedLanguage[] = [];
  const problems: LanguageFolderProblem[] = [];
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  // A folder named exactly by its tag is the language's own; another spelling of it (`FR` beside
  // `fr`) is the second.
  const own = ({ name, reading }: { name: string; reading: TagReading }) => ('tag' in reading && reading.tag === name ? 0 : 1);
  const read = folders.map((folder) => ({ ...folder, reading: readLanguageTag(folder.name) }));
  read.sort((a, b) => own(a) - own(b) || byName(a.name, b.name));
  /** The folder that took each tag first. */
  const claimed = new Map<string, string>();
  for (const { name, hasDocs, reading } of read) {
    if (!('tag' in reading)) {
      problems.push({ kind: 'tag-invalid', folder: name, reading });
      continue;
    }
    const { tag } = reading;
    if (tag === defaultCanonical) {
      problems.push({ kind: 'default', folder: name, tag });
      continue;
    }
    const first = claimed.get(tag);
    if (first) {
      problems.push({ kind: 'duplicate', folder: name, tag, first });
      continue;
    }
    claimed.set(tag, name);
    if (!hasDocs) {
      problems.push({ kind: 'docs-missing', folder: name, tag });
      continue;
    }
    translated.push({ ...languageOf(tag, settings[tag]), folder: name });
  }
  return {
    default: languageOf(defaultCanonical, settings[defaultCanonical]),
    translated: translated.sort((a, b) => byName(a.tag, b.tag)),
    problems: problems.sort((a, b) => byName(a.folder, b.folder)),
  };
}
