/** One element of `<head>`. */
export interface HeadTag {
  tag: 'title' | 'meta' | 'link' | 'script';
  /** Attributes; `true` writes a boolean attribute. */
  attrs: Record<string, string | true>;
  /** Text content (for `<title>`). */
  content?: string;
}

/** What {@link buildHead} needs to know about a page. */
export interface HeadInput {
  /** The page's title. */
  title: string;
  /** The site's name. */
  siteTitle: string;
  /** The page's description, or the site's. */
  description: string;
  /**
   * Absolute canonical URL of the page; none for the not-found page, which a host serves at
   * whatever URL was missing.
   */
  canonical?: string;
  /** URL of the favicon. */
  favicon: string;
  /** URL of the page's plain Markdown copy, if it has one. */
  markdown?: string;
  /** The page's language (`og:locale`). */
  locale?: string;
  /** The page in each language it is translated into, itself included (`hreflang` alternates). */
  alternates?: { hreflang: string; href: string }[];
}

/** Builds the head tags of a page: title, description, canonical URL, OpenGraph and Twitter cards. */
export function buildHead(input: HeadInput): HeadTag[] {
  const fullTitle = input.title === input.siteTitle ? input.title : `${input.title} — ${input.siteTitle}`;
  return [
    { tag: 'title', attrs: {}, content: fullTitle },
    { tag: 'meta', attrs: { name: 'description', content: input.description } },
    ...(input.canonical ? [{ tag: 'link' as const, attrs: { rel: 'canonical', href: input.canonical } }] : []),
    { tag: 'link', attrs: { rel: 'icon', href: input.favicon, type: 'image/svg+xml' } },
    ...(input.markdown ? [{ tag: 'link' as const, attrs: { rel: 'alternate', type: 'text/markdown', href: input.markdown } }] : []),
    ...(input.alternates ?? []).map(({ hreflang, href }) => ({ tag: 'link' as const, attrs: { rel: 'alternate', hreflang, href } })),
    { tag: 'meta', attrs: { property: 'og:type', content: 'article' } },
    // OpenGraph writes a locale with an underscore (`pt_BR`).
    ...(input.locale ? [{ tag: 'meta' as const, attrs: { property: 'og:locale', content: input.locale.replace(/-/g, '_') } }] : []),
    { tag: 'meta', attrs: { property: 'og:site_name', content: input.siteTitle } },
    { tag: 'meta', attrs: { property: 'og:title', content: input.title } },
    { tag: 'meta', attrs: { property: 'og:description', content: input.description } },
    ...(input.canonical ? [{ tag: 'meta' as const, attrs: { property: 'og:url', content: input.canonical } }] : []),
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } },
    { tag: 'meta', attrs: { name: 'twitter:title', content: fullTitle } },
    { tag: 'meta', attrs: { name: 'twitter:description', content: input.description } },
  ];
}
