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

/** The anchors a page's Markdown copy gives (`{#id}`), in order. */
export function copyAnchors(markdown: string): string[] {
  // Code blocks show Markdoc as written, whose `{% #id %}` is not an anchor of the copy.
  const outsideCode = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
  return [...outsideCode.matchAll(/\{#([^}\s]+)\}/g)].map((m) => m[1]!);
}

/** The ids of the elements of a built page's article. */
export function articleIds(html: string): Set<string> {
  const article = /<article[\s>][\s\S]*<\/article>/.exec(html)?.[0] ?? '';
  return new Set([...article.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/**
 * How a page's Markdown copy departs from the page: anchors the page has (`anchors`, as the
 * build recorded them) that the copy lacks, and anchors of the copy the page has no element for.
 */
export function copyAnchorProblems(markdown: string, html: string, anchors: readonly string[]): string[] {
  const inCopy = copyAnchors(markdown);
  const ids = articleIds(html);
  return [
    ...anchors.filter((a) => !inCopy.includes(a)).map((a) => `#${a} is on the page but not in its Markdown copy`),
    ...inCopy.filter((a) => !ids.has(a)).map((a) => `{#${a}} in the Markdown copy names no element of the page`),
  ];
}
