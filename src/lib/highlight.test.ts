import { beforeAll, describe, expect, it } from 'vitest';
import { buildCodeThemeCss, CodeHighlighter, colorClass, isKnownLanguage, resolveLanguage } from './highlight';

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
