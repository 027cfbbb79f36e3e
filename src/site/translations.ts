/**
 * How a translated language publishes the site's pages: at `/<tag>/docs/<path>/`, every page of
 * the default language in the same order, each its translation when there is one and otherwise
 * the default language's page itself (a fallback, shown under a notice).
 */

/** A page a translated language publishes. */
export interface LanguageRoute<T> {
  slug: string;
  entry: T;
  /** Whether the page is the default language's, shown because it has no translation yet. */
  fallback: boolean;
}

/**
 * The pages of a translated language, in the order of the default language's: each route's
 * translation (by the page's id) when there is one, else the default page as a fallback. A
 * translation without a source page is not published (the checks report it).
 */
export function languageRoutes<T>(defaultRoutes: readonly { slug: string; entry: T }[], idOf: (entry: T) => string, translations: ReadonlyMap<string, T>): LanguageRoute<T>[] {
  return defaultRoutes.map(({ slug, entry }) => {
    const translation = translations.get(idOf(entry));
    return translation ? { slug, entry: translation, fallback: false } : { slug, entry, fallback: true };
  });
}
