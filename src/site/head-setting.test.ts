import { describe, expect, it } from 'vitest';
import { cspSourceProblem, headEntryProblems, headEntryTags, policySources, type HeadEntry } from './head-setting.ts';

const analytics: HeadEntry = { tag: 'script', attrs: { src: 'https://plausible.io/js/script.js', defer: true, 'data-domain': 'docs.acme.com' } };
const font: HeadEntry = { tag: 'link', attrs: { rel: 'stylesheet', href: 'https://fonts.googleapis.com/css2?family=Inter' } };
const verification: HeadEntry = { tag: 'meta', attrs: { name: 'google-site-verification', content: 'abc' } };
const local: HeadEntry = { tag: 'script', attrs: { src: '/analytics.js', defer: true } };

describe('the head setting', () => {
  it('accepts links, metas and scripts with src', () => {
    for (const entry of [analytics, font, verification, local]) expect(headEntryProblems(entry), JSON.stringify(entry)).toEqual([]);
  });

  it('refuses inline code in every form, and addresses a page may not load', () => {
    const problem = (entry: HeadEntry) => headEntryProblems(entry).map((p) => p.problem);
    expect(headEntryProblems({ tag: 'script', attrs: {} })).toEqual([
      { problem: "a script without src is inline code, which the site's Content-Security-Policy blocks.", fix: "Put the code in a file in public/ and give its path: src: '/analytics.js'." },
    ]);
    expect(problem({ tag: 'link', attrs: { rel: 'preload', href: '/a.woff2', onload: "this.rel='stylesheet'" } })).toEqual(["onload is inline code, which the site's Content-Security-Policy blocks."]);
    expect(problem({ tag: 'script', attrs: { src: 'javascript:alert(1)' } })).toEqual(['src "javascript:alert(1)" is not an address a page may load.']);
    expect(problem({ tag: 'script', attrs: { src: 'data:text/javascript,alert(1)' } })).toEqual(['src "data:text/javascript,alert(1)" is not an address a page may load.']);
    expect(headEntryProblems({ tag: 'link', attrs: { rel: 'stylesheet', href: '//cdn.x/a.css' } })).toEqual([{ problem: 'href "//cdn.x/a.css" has no scheme.', fix: 'Write https://cdn.x/a.css.' }]);
    expect(problem({ tag: 'style' as 'link', attrs: {} })).toEqual(['<style> cannot be added to <head>.']);
    expect(headEntryProblems({ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: 'default-src *' } })[0]?.fix).toBe('Add the sources your tags need with the `csp` setting instead.');
  });

  it('checks the sources of the csp setting', () => {
    expect(cspSourceProblem('font-src', 'https://fonts.gstatic.com')).toBeUndefined();
    expect(cspSourceProblem('img-src', 'https://*.acme-cdn.com')).toBeUndefined();
    for (const bad of ["'unsafe-inline'", '*', 'https:', 'data:', 'https://a.com/path/x.js']) expect(cspSourceProblem('script-src', bad)?.problem, bad).toMatch(/is not an origin/);
    expect(cspSourceProblem('default-src', 'https://a.com')?.problem).toBe('default-src is not a directive the site adds sources to.');
  });

  it('writes the tags with the site paths under the base path', () => {
    expect(headEntryTags([local, analytics], '/docs-site/')).toEqual([
      { tag: 'script', attrs: { src: '/docs-site/analytics.js', defer: true } },
      { tag: 'script', attrs: analytics.attrs },
    ]);
  });

  it('adds the origins the tags load from to the directives they load into, and the csp setting', () => {
    const preload: HeadEntry = { tag: 'link', attrs: { rel: 'preload', as: 'font', href: 'https://cdn.acme.com/inter.woff2', crossorigin: true } };
    expect(policySources([analytics, font, verification, local, preload], { 'font-src': ['https://fonts.gstatic.com/'] })).toEqual({
      'script-src': ['https://plausible.io'],
      'style-src': ['https://fonts.googleapis.com'],
      'font-src': ['https://cdn.acme.com', 'https://fonts.gstatic.com'],
      'connect-src': ['https://plausible.io'],
    });
    expect(policySources([])).toEqual({});
  });
});
