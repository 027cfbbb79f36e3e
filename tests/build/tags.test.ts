import { describe, expect, it } from 'vitest';
import { markdocConfig } from '../../src/markdoc/config.ts';
import { readPage } from './helpers.ts';

const guide = readPage('/docs/contributing/writing-pages/');
const article = guide.querySelector('article')!;

describe('every tag on the "Writing pages" guide', () => {
  it('renders steps as numbered sections whose titles are in "On this page"', () => {
    const steps = article.querySelectorAll('section.step');
    expect(steps.map((s) => [s.getAttribute('data-step'), s.querySelector('h2')?.getAttribute('id'), s.querySelector('h2')?.text])).toEqual([
      ['1', 'install-the-sdk', 'Install the SDK'],
      ['2', 'make-a-call', 'Make a call'],
    ]);
    const toc = guide.querySelector('nav.toc')!.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(toc).toContain('#install-the-sdk');
  });

  it('renders tabs with a hidden tab list and every panel readable', () => {
    const tabs = article.querySelectorAll('[data-tabs]')[0]!;
    expect(tabs.querySelector('[role="tablist"]')?.hasAttribute('hidden')).toBe(true);
    expect(tabs.querySelectorAll('[role="tab"]').map((t) => t.text.trim())).toEqual(['npm', 'Yarn']);
    expect(tabs.querySelectorAll('.tab-panel').map((p) => p.getAttribute('id'))).toEqual(['npm', 'yarn']);
  });

  it('keeps every multicode language but the first out of search', () => {
    const blocks = article.querySelectorAll('[data-multicode] .code-block');
    expect(blocks.map((b) => [b.querySelector('.code-lang')?.text, b.getAttribute('data-pagefind-ignore')])).toEqual([
      ['JavaScript', undefined],
      ['Python', 'all'],
      ['PHP', 'all'],
    ]);
  });

  it('renders cards, accordion, arrow links, icons and theme-only content', () => {
    expect(article.querySelectorAll('ul.cards > li.card a.card-link').map((a) => a.getAttribute('href'))).toEqual([
      '/docs/sdks/server/',
      '/docs/advanced/platform/api-keys/',
    ]);
    expect(article.querySelectorAll('details.accordion-item > summary').map((s) => s.text)).toEqual([
      'When do I need an API key?',
      'Can I use one key everywhere?',
    ]);
    expect(article.querySelector('.arrow-link a')?.getAttribute('href')).toBe('/docs/sdks/server/');
    expect(article.querySelector('svg.icon')).not.toBeNull();
    expect(article.querySelector('img.icon-image')?.getAttribute('alt')).toBe('Site logo');
    expect(article.querySelector('.only-dark')?.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(article.querySelector('.only-light')?.getAttribute('data-pagefind-ignore')).toBeUndefined();
  });

  it('renders list tables with their column widths, and code titles, marked and diff lines', () => {
    const header = article.querySelectorAll('.table-wrapper th').find((th) => th.text === 'Setting' && th.getAttribute('width'));
    expect(header?.getAttribute('width')).toBe('160');
    const titled = article.querySelectorAll('.code-block').find((b) => b.querySelector('.code-title')?.text === 'greet.ts')!;
    expect(titled.querySelectorAll('.line').map((l) => l.classNames)).toEqual(['line', 'line marked', 'line']);
    // A fence name Shiki knows under another id (env → dotenv) is highlighted, under a friendly label.
    const env = article.querySelector('.code-block[data-language="dotenv"]')!;
    expect(env.querySelector('.code-lang')?.text).toBe('.env');
    expect(env.querySelectorAll('.line span[class]').length).toBeGreaterThan(3);
    const diff = article.querySelector('.code-block[data-language="diff"]')!;
    expect(diff.querySelectorAll('.line').map((l) => l.classNames)).toEqual(['line diff-remove', 'line diff-add']);
  });
});

describe('icons', () => {
  it('are drawn into the page as inline SVG, by Lucide name, set:name and the site\'s aliases', () => {
    const icons = article.querySelectorAll('svg.icon');
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of icons) {
      expect(icon.getAttribute('aria-hidden')).toBe('true');
      expect(icon.querySelector('path, g')).not.toBeNull();
    }
  });
});

describe('the tag reference', () => {
  const reference = readPage('/docs/contributing/tags/');
  it('documents every tag that has a description, with a live example', () => {
    const documented = reference.querySelectorAll('article h2[id^="tag-"]').map((h) => h.text);
    const described = Object.entries(markdocConfig.tags ?? {})
      .filter(([, schema]) => schema.description)
      .map(([name]) => name)
      .sort();
    expect(documented).toEqual(described);
    expect(reference.querySelector('#tag-tabs')).not.toBeNull();
    expect(reference.querySelectorAll('article [data-tabs]').length).toBeGreaterThan(0);
  });
  it('has no edit link, since it is generated', () => {
    expect(reference.querySelector('.page-meta a')?.text).not.toBe('Edit this page');
  });
});
