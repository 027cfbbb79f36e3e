/**
 * What a built site says about how it was built, for the tools that serve it (`npm run preview`).
 */

/**
 * The base path a site was built with (`/` or `/docs-site/`), read from one of its pages: every
 * page links its stylesheet and scripts under `<base>_astro/`. Undefined when the page links none.
 */
export function builtBase(html: string): string | undefined {
  return /\s(?:href|src)="(\/[^"]*?)_astro\//.exec(html)?.[1];
}
