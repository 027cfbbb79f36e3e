import {
  bundledLanguages,
  bundledLanguagesInfo,
  createHighlighter,
  type BundledLanguage,
  type BundledTheme,
  type Highlighter,
  type ThemeRegistrationResolved,
} from 'shiki';
import { escapeHtml } from './html';

/** The pair of Shiki themes code is highlighted with; CSS picks one by the page's theme. */
export interface CodeThemes {
  light: string;
  dark: string;
}

/** How a language written in a fence maps to a Shiki grammar and the label readers see. */
export interface LanguageAlias {
  /** A Shiki language id (`javascript`, `dart`…). */
  lang: string;
  /** The label shown above the block (`Web`, `Flutter`…). */
  label: string;
}

/** Highlighted code and how to label it. */
export interface HighlightResult {
  /** `<span class="line">…</span>` lines, joined by newlines, ready to go in `<code>`. */
  html: string;
  /** The label shown above the block. */
  label: string;
  /** The Shiki grammar used, or `undefined` when the language is unknown and the code is plain. */
  grammar: string | undefined;
}

const LABELS = new Map<string, string>();
for (const info of bundledLanguagesInfo) {
  LABELS.set(info.id, info.name);
  for (const alias of info.aliases ?? []) LABELS.set(alias, info.name);
}
const PLAIN = new Set(['', 'text', 'txt', 'plain', 'plaintext']);

/** Class name of a token colour in one theme: `l-d73a49` (light) or `d-f97583` (dark). */
export function colorClass(variant: 'l' | 'd', color: string): string {
  return `${variant}-${color.replace(/^#/, '').toLowerCase()}`;
}

/**
 * Resolves a fence's language: a site alias first, then Shiki's own ids and aliases. Returns
 * the grammar (or `undefined` for plain text) and the label shown above the block.
 */
export function resolveLanguage(
  written: string,
  aliases: Readonly<Record<string, LanguageAlias>> = {},
): { grammar: string | undefined; label: string } {
  const name = written.trim();
  const alias = Object.hasOwn(aliases, name) ? aliases[name] : undefined;
  if (alias) {
    const known = Object.hasOwn(bundledLanguages, alias.lang);
    return { grammar: known ? alias.lang : undefined, label: alias.label };
  }
  if (PLAIN.has(name.toLowerCase())) return { grammar: undefined, label: 'Text' };
  if (Object.hasOwn(bundledLanguages, name)) return { grammar: name, label: LABELS.get(name) ?? name };
  return { grammar: undefined, label: name };
}

/** Whether Shiki knows a language as written (directly or through a site alias). */
export function isKnownLanguage(written: string, aliases: Readonly<Record<string, LanguageAlias>> = {}): boolean {
  const name = written.trim();
  return PLAIN.has(name.toLowerCase()) || resolveLanguage(name, aliases).grammar !== undefined;
}

/** A Shiki highlighter shared by every page of a build, loading each grammar once. */
export class CodeHighlighter {
  readonly #highlighter: Highlighter;
  readonly #themes: CodeThemes;
  readonly #aliases: Readonly<Record<string, LanguageAlias>>;

  private constructor(highlighter: Highlighter, themes: CodeThemes, aliases: Readonly<Record<string, LanguageAlias>>) {
    this.#highlighter = highlighter;
    this.#themes = themes;
    this.#aliases = aliases;
  }

  /** Creates a highlighter with the two themes loaded and no grammar yet. */
  static async create(themes: CodeThemes, aliases: Readonly<Record<string, LanguageAlias>> = {}): Promise<CodeHighlighter> {
    const highlighter = await createHighlighter({ themes: [themes.light, themes.dark], langs: [] });
    return new CodeHighlighter(highlighter, themes, aliases);
  }

  /** Loads the grammars of the languages written in fences, skipping those already loaded. */
  async loadLanguages(written: Iterable<string>): Promise<void> {
    const loaded = new Set(this.#highlighter.getLoadedLanguages());
    const wanted = new Set<BundledLanguage>();
    for (const name of written) {
      const { grammar } = resolveLanguage(name, this.#aliases);
      if (grammar && !loaded.has(grammar)) wanted.add(grammar as BundledLanguage);
    }
    if (wanted.size > 0) await this.#highlighter.loadLanguage(...wanted);
  }

  /** The resolved light and dark themes, for the stylesheet. */
  themes(): { light: ThemeRegistrationResolved; dark: ThemeRegistrationResolved } {
    return { light: this.#highlighter.getTheme(this.#themes.light), dark: this.#highlighter.getTheme(this.#themes.dark) };
  }

  /**
   * Highlights code synchronously (its grammar must have been loaded with {@link loadLanguages}).
   * Colours become classes, never inline styles, so pages run under a strict CSP.
   */
  highlight(code: string, written: string): HighlightResult {
    const { grammar, label } = resolveLanguage(written, this.#aliases);
    const source = code.replace(/\n$/, '');
    const loaded = grammar !== undefined && this.#highlighter.getLoadedLanguages().includes(grammar);
    if (!loaded) {
      const html = source
        .split('\n')
        .map((line) => `<span class="line">${escapeHtml(line)}</span>`)
        .join('\n');
      return { html, label, grammar: undefined };
    }
    const { light, dark } = this.themes();
    const lines = this.#highlighter.codeToTokensWithThemes(source, {
      lang: grammar as BundledLanguage,
      themes: { light: this.#themes.light as BundledTheme, dark: this.#themes.dark as BundledTheme },
    });
    const lightFg = light.fg.toLowerCase();
    const darkFg = dark.fg.toLowerCase();
    const html = lines
      .map((tokens) => {
        const spans = tokens.map((token) => {
          const classes: string[] = [];
          const l = token.variants.light;
          const d = token.variants.dark;
          if (l?.color && l.color.toLowerCase() !== lightFg) classes.push(colorClass('l', l.color));
          if (d?.color && d.color.toLowerCase() !== darkFg) classes.push(colorClass('d', d.color));
          const style = l?.fontStyle ?? 0;
          if (style > 0) {
            if (style & 1) classes.push('fi');
            if (style & 2) classes.push('fb');
            if (style & 4) classes.push('fu');
          }
          const text = escapeHtml(token.content);
          return classes.length > 0 ? `<span class="${classes.join(' ')}">${text}</span>` : text;
        });
        return `<span class="line">${spans.join('')}</span>`;
      })
      .join('\n');
    return { html, label, grammar };
  }
}

/**
 * The stylesheet for highlighted code: one rule per colour of each theme, the dark ones applying
 * under `[data-theme="dark"]`, or under the system's dark preference when no theme is chosen.
 */
export function buildCodeThemeCss(light: ThemeRegistrationResolved, dark: ThemeRegistrationResolved): string {
  const colors = (theme: ThemeRegistrationResolved): string[] => {
    const set = new Set<string>();
    for (const setting of theme.settings ?? []) {
      const fg = setting.settings?.foreground;
      if (typeof fg === 'string' && fg.startsWith('#')) set.add(fg.toLowerCase());
    }
    return [...set].sort();
  };
  const lightRules = colors(light).map((c) => `.code-block .${colorClass('l', c)}{color:${c}}`);
  const darkRules = colors(dark).map((c) => `.code-block .${colorClass('d', c)}{color:${c}}`);
  return [
    `:root{--code-fg:${light.fg};--code-bg:${light.bg}}`,
    `:root[data-theme="dark"]{--code-fg:${dark.fg};--code-bg:${dark.bg}}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme="light"]){--code-fg:${dark.fg};--code-bg:${dark.bg}}}`,
    ...lightRules,
    `:root[data-theme="dark"] .code-block [class*="l-"]{color:var(--code-fg)}`,
    ...darkRules.map((r) => `:root[data-theme="dark"] ${r}`),
    `@media (prefers-color-scheme: dark){:root:not([data-theme="light"]) .code-block [class*="l-"]{color:var(--code-fg)}`,
    ...darkRules.map((r) => `:root:not([data-theme="light"]) ${r}`),
    `}`,
    `.code-block .fi{font-style:italic}.code-block .fb{font-weight:bold}.code-block .fu{text-decoration:underline}`,
  ].join('\n');
}
