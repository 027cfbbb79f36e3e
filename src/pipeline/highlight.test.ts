import { createHighlighter, type BundledLanguage, type BundledTheme } from 'shiki';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCodeThemeCss, CodeHighlighter, colorClass, isKnownLanguage, LineTokenizer, mergeThemes, resolveLanguage } from './highlight.ts';

describe('resolveLanguage', () => {
  const aliases = { 'server-nodejs': { lang: 'javascript', label: 'Node.js' } };
  it('maps site aliases to a grammar and a friendly label', () => {
    expect(resolveLanguage('server-nodejs', aliases)).toEqual({ grammar: 'javascript', label: 'Node.js' });
  });
  it("uses Shiki's ids and aliases with Shiki's display name", () => {
    expect(resolveLanguage('ts')).toEqual({ grammar: 'ts', label: 'TypeScript' });
    expect(resolveLanguage('python')).toEqual({ grammar: 'python', label: 'Python' });
  });
  it('ignores surrounding whitespace in the info string', () => {
    expect(resolveLanguage('js ')).toEqual({ grammar: 'js', label: 'JavaScript' });
  });
  it('treats unknown languages and text as plain', () => {
    expect(resolveLanguage('nosuchlang')).toEqual({ grammar: undefined, label: 'nosuchlang' });
    expect(resolveLanguage('')).toEqual({ grammar: undefined, label: 'Text' });
    expect(isKnownLanguage('text')).toBe(true);
    expect(isKnownLanguage('nosuchlang')).toBe(false);
  });
  it('knows every fence name the site aliases, and the common names Shiki spells otherwise', async () => {
    const { siteConfig } = await import('../site.config.ts');
    const { bundledLanguagesInfo } = await import('shiki');
    const shiki = new Set(bundledLanguagesInfo.flatMap((l) => [l.id, ...(l.aliases ?? [])]));
    for (const [name, alias] of Object.entries(siteConfig.codeLanguageAliases)) {
      expect(shiki.has(alias.lang), `${name} → ${alias.lang}`).toBe(true);
      expect(isKnownLanguage(name, siteConfig.codeLanguageAliases), name).toBe(true);
    }
    for (const name of ['env', 'dotenv', 'sh', 'bash', 'zsh', 'console', 'ps1', 'cmd', 'yml', 'kt', 'rb', 'py', 'cs', 'gql', 'tf', 'jsonc', 'curl']) {
      expect(isKnownLanguage(name, siteConfig.codeLanguageAliases), name).toBe(true);
    }
    expect(resolveLanguage('env', siteConfig.codeLanguageAliases)).toEqual({ grammar: 'dotenv', label: '.env' });
  });
  it('does not take inherited object keys for aliases', () => {
    expect(resolveLanguage('constructor', aliases).grammar).toBeUndefined();
  });
});

describe('CodeHighlighter', () => {
  let highlighter: CodeHighlighter;
  beforeAll(async () => {
    highlighter = await CodeHighlighter.create({ light: 'github-light', dark: 'github-dark' });
    await highlighter.loadLanguages(['js']);
  });
  it('gives every token a light and a dark colour class', () => {
    expect(highlighter.highlight('return 1\n', 'js').html).toBe(
      '<span class="line"><span class="l-d73a49 d-f97583">return</span> <span class="l-005cc5 d-79b8ff">1</span></span>',
    );
  });
  it('renders a grammar that was not loaded as plain text rather than failing', () => {
    expect(highlighter.highlight('a < b', 'rust')).toEqual({
      html: '<span class="line">a &lt; b</span>',
      label: 'Rust',
      grammar: undefined,
    });
  });
});

describe('mergeThemes', () => {
  const samples: Record<string, string> = {
    ts: 'import { Client } from "sdk";\n// a comment\nexport async function run(id: string): Promise<number> {\n  const re = /a+b/g;\n  return `${id}`.length * 2 ?? null;\n}\n',
    python: '@decorator\nclass A(Base):\n    """Doc."""\n    def f(self, x=1):\n        return f"{x!r}" if x else None\n',
    bash: 'export KEY="v" # set\nfor f in *.md; do echo "$f" | grep -q x && exit 1; done\n',
    json: '{ "a": [1, true, null], "b": { "c": "d" } }\n',
    rust: 'fn main() -> Result<(), Box<dyn Error>> {\n    let mut v: Vec<u8> = vec![1];\n    println!("{:?}", v);\n}\n',
    css: '@media (min-width: 40rem) { .a:hover > b::before { color: #fff !important; } }\n',
    html: '<!doctype html><a href="/x" class=y>t &amp; u</a><script>let a = 1</script>\n',
    markdown: '# Title\n\n*em* **strong** `code` [link](/x)\n\n> quote\n',
  };
  /** Per character: the light colour, the dark colour and the font style. */
  const perChar = (lines: { content: string; l?: string; d?: string; s: number }[][]) =>
    lines.flatMap((tokens) => tokens.flatMap((t) => [...t.content].map(() => `${t.l?.toLowerCase()}|${t.d?.toLowerCase()}|${t.s}`)));

  for (const [light, dark] of [
    ['github-light-default', 'github-dark-default'],
    ['vitesse-light', 'vitesse-dark'],
    ['catppuccin-latte', 'catppuccin-mocha'],
  ] as const) {
    it(`gives every character the colours that one pass per theme gives: ${light} / ${dark}`, async () => {
      const shiki = await createHighlighter({ themes: [light, dark], langs: Object.keys(samples) as BundledLanguage[] });
      const merged = mergeThemes(shiki.getTheme(light), shiki.getTheme(dark));
      expect(merged).toBeDefined();
      await shiki.loadTheme(merged!.theme);
      for (const [lang, code] of Object.entries(samples)) {
        const two = shiki
          .codeToTokensWithThemes(code, { lang: lang as BundledLanguage, themes: { light, dark } })
          .map((line) => line.map((t) => ({ content: t.content, l: t.variants.light?.color, d: t.variants.dark?.color, s: t.variants.light?.fontStyle ?? 0 })));
        const one = shiki.codeToTokensBase(code, { lang: lang as BundledLanguage, theme: merged!.theme.name as BundledTheme }).map((line) =>
          line.map((t) => {
            const pair = merged!.colors.get((t.color ?? '').toLowerCase());
            return { content: t.content, l: pair?.light, d: pair?.dark, s: t.fontStyle ?? 0 };
          }),
        );
        expect(perChar(one), lang).toEqual(perChar(two));
      }
    });
  }

  it('declines pairs whose rules differ, which are then highlighted once per theme', async () => {
    const shiki = await createHighlighter({ themes: ['min-light', 'min-dark'], langs: [] });
    expect(mergeThemes(shiki.getTheme('min-light'), shiki.getTheme('min-dark'))).toBeUndefined();
    const highlighter = await CodeHighlighter.create({ light: 'min-light', dark: 'min-dark' });
    await highlighter.loadLanguages(['js']);
    expect(highlighter.highlight('return 1\n', 'js').html).toMatch(/^<span class="line"><span class="l-[0-9a-f]+ d-[0-9a-f]+">return<\/span>/);
  });
});

describe('LineTokenizer', () => {
  const blocks: [string, string][] = [
    ['ts', 'const a = 1; /* a comment\nthat goes on */ const b = `x\n${a}\ny`;\nconst a = 1; /* a comment\n'],
    ['ts', 'that goes on */ const b = 2;\n\n\nfunction f() {\n  return { a: [1, 2], b: "s" };\n}\n'],
    ['python', 'def f():\n    """Doc\n    def g(): not code\n    """\n    def g(): return 1\n'],
    ['bash', 'cat <<EOF\necho $HOME # not a comment\nEOF\necho $HOME # a comment\n'],
    ['html', '<div>\n<script>\nconst a = "<b>";\n</script>\n<style>\na { color: red }\n</style>\n</div>\n'],
    ['json', '{\n  "a": [\n    1,\n    "two"\n  ]\n}\n'],
    // The same line inside and outside a comment, and inside and outside a here-document.
    ['ts', '/*\nconst x = 1;\n*/\nconst x = 1;\n'],
    ['bash', 'cat <<EOF\necho $HOME # note\nEOF\necho $HOME # note\n'],
    ['markdown', '# T\n\n```js\nconst a = 1;\n```\n\nconst a = 1;\r\nend\r\n'],
  ];

  it('gives the tokens of tokenizing each block at once, whatever it has seen before', async () => {
    const shiki = await createHighlighter({ themes: ['github-light'], langs: ['ts', 'python', 'bash', 'html', 'json', 'markdown'] });
    const lines = new LineTokenizer(shiki, 'github-light');
    const simple = (tokens: { content: string; color?: string; fontStyle?: number }[][]) =>
      tokens.map((line) => line.map((t) => [t.content, t.color, t.fontStyle ?? 0]));
    // Twice over, so the second pass is served from what the first remembered.
    for (const pass of [1, 2]) {
      for (const [lang, code] of blocks) {
        const whole = shiki.codeToTokensBase(code, { lang: lang as BundledLanguage, theme: 'github-light' });
        expect(simple(lines.tokenize(code, lang)), `${lang}, pass ${pass}`).toEqual(simple(whole));
      }
    }
  });

  it('stays right when loading a language makes a grammar anew', async () => {
    const shiki = await createHighlighter({ themes: ['github-light'], langs: ['markdown'] });
    const lines = new LineTokenizer(shiki, 'github-light');
    const code = '# Title\n\n```rust\nfn main() {}\n```\n\n- item\n';
    const simple = (tokens: { content: string; color?: string }[][]) => tokens.map((line) => line.map((t) => [t.content, t.color]));
    expect(simple(lines.tokenize(code, 'markdown'))).toEqual(simple(shiki.codeToTokensBase(code, { lang: 'markdown', theme: 'github-light' })));
    await shiki.loadLanguage('rust');
    expect(simple(lines.tokenize(code, 'markdown'))).toEqual(simple(shiki.codeToTokensBase(code, { lang: 'markdown', theme: 'github-light' })));
  });
});

describe('buildCodeThemeCss', () => {
  it('writes one rule per theme colour, dark ones under the dark theme', async () => {
    const highlighter = await CodeHighlighter.create({ light: 'github-light', dark: 'github-dark' });
    const { light, dark } = highlighter.themes();
    const css = buildCodeThemeCss(light, dark);
    expect(css).toContain(`.code-block .${colorClass('l', '#D73A49')}{color:#d73a49}`);
    expect(css).toContain(`:root[data-theme="dark"] .code-block .d-f97583{color:#f97583}`);
    expect(css).toContain('@media (prefers-color-scheme: dark)');
  });
});
