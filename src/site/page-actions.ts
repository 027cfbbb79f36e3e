/**
 * The actions beside a page's title: "Copy page" (its Markdown copy to the clipboard) and a menu
 * of links set in the site config (view as Markdown, open in an assistant…). Each link's address
 * is written from a pattern: `{page}` becomes the page's address and `{markdown}` its Markdown
 * copy's. Standing alone they are the site's own paths (so they work in a preview too); in a
 * query string, for another site to read, they are the published addresses, percent-encoded.
 */

/** One entry of the `pageActions` setting. */
export interface PageActionSetting {
  label: string;
  /** `https://chatgpt.com/?q=Read+{page}`, `{markdown}`… */
  href: string;
}

/** The actions one page shows. */
export interface PageActions {
  /** The page's Markdown copy, which "Copy page" copies. */
  markdown: string;
  /** The menu's links; empty hides the menu. `external` links leave the site, in a new tab. */
  links: { label: string; href: string; external: boolean }[];
}

/** A page's or copy's path on the site, and its published address. */
export interface Address {
  path: string;
  url: string;
}

/** Fills a pattern's placeholders: paths where they stand alone, encoded addresses in a query or fragment. */
export function fillActionHref(pattern: string, values: { page: Address; markdown: Address }): string {
  const query = pattern.search(/[?#]/);
  return pattern.replace(/\{(page|markdown)\}/g, (_match, name: 'page' | 'markdown', offset: number) =>
    query !== -1 && offset > query ? encodeURIComponent(values[name].url) : values[name].path,
  );
}

/** The actions of one page. */
export function buildPageActions(settings: readonly PageActionSetting[], page: Address, markdown: Address): PageActions {
  return {
    markdown: markdown.path,
    links: settings.map((s) => {
      const href = fillActionHref(s.href, { page, markdown });
      return { label: s.label, href, external: /^[a-z][a-z0-9+.-]*:/i.test(href) };
    }),
  };
}
