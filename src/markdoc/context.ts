import type { Config } from '@markdoc/markdoc';
import type GithubSlugger from 'github-slugger';
import type { CodeHighlighter } from '../pipeline/highlight.ts';
import type { UiStrings } from '../site/ui-strings.ts';

/** The strings a page's body holds (screen-reader labels, the copy button), in the page's language. */
export type BodyStrings = Pick<UiStrings, 'sectionTitled' | 'table' | 'tableOf' | 'copyCode' | 'codeOf' | 'codeLanguage'>;

/** What the node transforms of one page share while it is being transformed. */
export interface PageContext {
  /** Gives headings without an explicit id a unique slug, as @astrojs/markdoc does. */
  slugger: GithubSlugger;
  /** The build's one highlighter, with the page's languages already loaded. */
  highlighter: CodeHighlighter;
  /** The site's base path (`/` or `/docs-site/`), for root-relative links. */
  base: string;
  /** The site's icon names (its `iconAliases` setting). */
  iconAliases?: Readonly<Record<string, string>>;
  /** The body's strings, in the page's language (English when unset). */
  strings?: BodyStrings;
  /** Levels added to every heading: 1 on pages that use `#` for their sections. */
  headingShift?: number;
  /** How many tables each name was given so far, to keep names unique on the page. */
  tableNames?: Map<string, number>;
  /** Tab groups seen so far on the page, to give each a unique id. */
  tabGroups?: number;
  /** Text of the last heading seen, to name the tables under it. */
  lastHeading?: string;
}

/** Markdoc config carrying the page context under `ctx`, as @astrojs/markdoc does. */
export type PageConfig = Config & { ctx: PageContext };

/** Reads the page context from a Markdoc config, failing clearly if a transform runs without it. */
export function pageContext(config: Config): PageContext {
  const ctx = (config as Partial<PageConfig>).ctx;
  if (!ctx?.slugger || !ctx.highlighter) {
    throw new Error('Markdoc transform ran without the page context (config.ctx).');
  }
  return ctx;
}
