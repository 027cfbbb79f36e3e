import {
  bundledLanguages,
  bundledLanguagesInfo,
  createHighlighter,
  type BundledLanguage,
  type BundledTheme,
  type GrammarState,
  type Highlighter,
  type ThemedToken,
  type ThemeRegistrationResolved,
} from 'shiki';
import { escapeHtml } from './html.ts';

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

  /** The one-pass theme, when the two themes allow it (see {@link mergeThemes}). */
  readonly #merged: MergedTheme | undefined;
  /** Line-by-line tokenization with the merged theme, remembering lines already seen. */
  readonly #lines: LineTokenizer;

  private constructor(highlighter: Highlighter, themes: CodeThemes, aliases: Readonly<Record<string, LanguageAlias>>, merged: MergedTheme | undefined) {
    this.#highlighter = highlighter;
    this.#themes = themes;
    this.#aliases = aliases;
    this.#merged = merged;
    this.#lines = new LineTokenizer(highlighter, merged?.theme.name ?? themes.light);
  }

  /** Creates a highlighter with the two themes loaded and no grammar yet. */
  static async create(themes: CodeThemes, aliases: Readonly<Record<string, LanguageAlias>> = {}): Promise<CodeHighlighter> {
    const highlighter = await createHighlighter({ themes: [themes.light, themes.dark], langs: [] });
    const merged = mergeThemes(highlighter.getTheme(themes.light), highlighter.getTheme(themes.dark));
    if (merged) await highlighter.loadTheme(merged.theme);
    return new CodeHighlighter(highlighter, themes, aliases, merged);
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
    const lightFg = light.fg.toLowerCase();
    const darkFg = dark.fg.toLowerCase();
    const tokenClasses = (l: string | undefined, d: string | undefined, fontStyle: number): string => {
      const classes: string[] = [];
      if (l && l.toLowerCase() !== lightFg) classes.push(colorClass('l', l));
      if (d && d.toLowerCase() !== darkFg) classes.push(colorClass('d', d));
      if (fontStyle > 0) {
        if (fontStyle & 1) classes.push('fi');
        if (fontStyle & 2) classes.push('fb');
        if (fontStyle & 4) classes.push('fu');
      }
      return classes.join(' ');
    };
    let lines: { classes: string; content: string }[][];
    if (this.#merged) {
      // One tokenization: each colour of the merged theme names a rule, which gives both colours.
      const merged = this.#merged;
      lines = this.#lines.tokenize(source, grammar).map((tokens) =>
        tokens.map((token) => {
          const pair = merged.colors.get((token.color ?? '').toLowerCase());
          return { classes: tokenClasses(pair?.light, pair?.dark, token.fontStyle ?? 0), content: token.content };
        }),
      );
    } else {
      lines = this.#highlighter
        .codeToTokensWithThemes(source, {
          lang: grammar as BundledLanguage,
          themes: { light: this.#themes.light as BundledTheme, dark: this.#themes.dark as BundledTheme },
        })
        .map((tokens) =>
          tokens.map((token) => ({
            classes: tokenClasses(token.variants.light?.color, token.variants.dark?.color, token.variants.light?.fontStyle ?? 0),
            content: token.content,
          })),
        );
    }
    const html = lines
      .map((tokens) => {
        // Neighbours that look the same in both themes share one span.
        const spans: string[] = [];
        let run = '';
        let runClasses: string | undefined;
        const flush = () => {
          if (runClasses === undefined) return;
          spans.push(runClasses ? `<span class="${runClasses}">${escapeHtml(run)}</span>` : escapeHtml(run));
        };
        for (const token of tokens) {
          if (token.classes === runClasses) {
            run += token.content;
            continue;
          }
          flush();
          run = token.content;
          runClasses = token.classes;
        }
        flush();
        return `<span class="line">${spans.join('')}</span>`;
      })
      .join('\n');
    return { html, label, grammar };
  }
}

/**
 * Tokenizes code a line at a time and remembers each line's tokens by the grammar state the line
 * starts in: docs repeat lines across pages (imports, client set-up, commands), and a line seen in
 * the same state always gives the same tokens and leaves the same state. The results are exactly
 * those of tokenizing the whole block at once. States are told apart with the grammar's own
 * equality; past {@link LineTokenizer.LIMIT} remembered lines a grammar's memory starts afresh.
 */
export class LineTokenizer {
  static readonly LIMIT = 50_000;
  readonly #highlighter: Highlighter;
  readonly #theme: string;
  /**
   * What is remembered, per grammar object: a state holds rule ids of the grammar that made it,
   * and Shiki makes a grammar anew when languages it embeds are loaded later.
   */
  readonly #grammars = new WeakMap<object, { states: GrammarState[]; lines: Map<string, { tokens: ThemedToken[]; next: number }> }>();

  constructor(highlighter: Highlighter, theme: string) {
    this.#highlighter = highlighter;
    this.#theme = theme;
  }

  /** The tokens of each line of `code` (lines split as Shiki splits them), in the given grammar. */
  tokenize(code: string, lang: string): ThemedToken[][] {
    const options = { lang: lang as BundledLanguage, theme: this.#theme as BundledTheme };
    const grammar = this.#highlighter.getLanguage(lang);
    let memory = this.#grammars.get(grammar);
    if (!memory || memory.lines.size > LineTokenizer.LIMIT || memory.states.length > LineTokenizer.LIMIT / 50) {
      // State 0 is the grammar's initial state: that of an empty block.
      memory = { states: [this.#highlighter.getLastGrammarState('', options)], lines: new Map() };
      this.#grammars.set(grammar, memory);
    }
    const { states, lines } = memory;
    const out: ThemedToken[][] = [];
    let state = 0;
    for (const line of code.split(/\r?\n/)) {
      // Like Shiki, an empty line is not tokenized and leaves the state as it was.
      if (line === '') {
        out.push([]);
        continue;
      }
      const key = `${state}\n${line}`;
      let known = lines.get(key);
      if (!known) {
        const tokens = this.#highlighter.codeToTokensBase(line, { ...options, grammarState: states[state] });
        const after = this.#highlighter.getLastGrammarState(tokens)!;
        const stack = after.getInternalStack();
        let next = states.findIndex((s) => s.getInternalStack()?.equals(stack!));
        if (next === -1) next = states.push(after) - 1;
        known = { tokens: tokens[0] ?? [], next };
        lines.set(key, known);
      }
      out.push(known.tokens);
      state = known.next;
    }
    return out;
  }
}

/** A theme that highlights for two themes in one pass, and what its colours stand for. */
export interface MergedTheme {
  theme: ThemeRegistrationResolved;
  /** Colour of the merged theme (lower case) → the colour of each theme. */
  colors: Map<string, { light?: string; dark?: string }>;
}

/**
 * Most light/dark theme pairs (GitHub, Vitesse, Catppuccin, Solarized…) are one set of scope
 * rules with two palettes. For such a pair, returns a theme with the same rules whose colours
 * each name a rule: tokenizing once with it gives, per token, the rule that both themes would
 * pick, and so both colours. Grammar tokenization is most of highlighting's cost, so this halves
 * it. Returns nothing when the rules differ in any way that could make the themes pick
 * differently (selectors, or which rules set a colour or a font style); those pairs are
 * tokenized once per theme.
 */
export function mergeThemes(light: ThemeRegistrationResolved, dark: ThemeRegistrationResolved): MergedTheme | undefined {
  const a = light.settings ?? [];
  const b = dark.settings ?? [];
  if (a.length !== b.length) return undefined;
  const colors = new Map<string, { light?: string; dark?: string }>();
  const defaultColor = '#fffffe';
  colors.set(defaultColor, { light: light.fg, dark: dark.fg });
  const settings: ThemeRegistrationResolved['settings'] = [];
  for (const [i, ruleA] of a.entries()) {
    const ruleB = b[i]!;
    if (JSON.stringify(ruleA.scope ?? null) !== JSON.stringify(ruleB.scope ?? null)) return undefined;
    const fgA = ruleA.settings?.foreground;
    const fgB = ruleB.settings?.foreground;
    if ((fgA === undefined) !== (fgB === undefined)) return undefined;
    if ((ruleA.settings?.fontStyle === undefined) !== (ruleB.settings?.fontStyle === undefined)) return undefined;
    if (ruleA.scope === undefined) {
      // The theme's defaults: they are the merged theme's fg, below.
      continue;
    }
    const color = `#${(i + 1).toString(16).padStart(6, '0')}`;
    if (fgA !== undefined) colors.set(color, { light: fgA, dark: fgB });
    settings.push({
      scope: ruleA.scope,
      settings: {
        ...(fgA !== undefined ? { foreground: color } : {}),
        ...(ruleA.settings?.fontStyle !== undefined ? { fontStyle: ruleA.settings.fontStyle } : {}),
      },
    });
  }
  const theme: ThemeRegistrationResolved = {
    name: `merged-${light.name}-${dark.name}`,
    type: 'light',
    fg: defaultColor,
    bg: '#fffffd',
    colors: {},
    colorReplacements: {},
    settings: [{ settings: { foreground: defaultColor, background: '#fffffd' } }, ...settings],
  };
  return { theme, colors };
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
