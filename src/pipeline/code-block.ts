import { escapeHtml } from './html.ts';
import { ENGLISH, formatUi } from '../site/ui-strings.ts';
import type { BodyStrings } from '../markdoc/context.ts';

/** What a code block shows. */
export interface CodeBlock {
  /** Highlighted lines (already escaped). */
  html: string;
  /** The language label shown above the code. */
  label: string;
  /** The Shiki grammar used, if any. */
  grammar: string | undefined;
  /** A title shown above the code (a file name). */
  title?: string;
  /** 1-based line numbers to highlight. */
  mark?: ReadonlySet<number>;
  /** Whether to mark added and removed lines of a diff. */
  diff?: boolean;
}

/** Parses line ranges such as "1,3-4" into a set of line numbers. */
export function parseLineRanges(text: string): Set<number> {
  const lines = new Set<number>();
  for (const part of text.split(',')) {
    const [from, to = from] = part.split('-').map((n) => Number(n.trim()));
    if (!Number.isInteger(from) || !Number.isInteger(to)) continue;
    for (let i = from!; i <= Math.min(to!, from! + 10_000); i++) lines.add(i);
  }
  return lines;
}

/** Adds classes to the lines of highlighted code: marked lines, and added or removed diff lines. */
function decorateLines(html: string, block: CodeBlock): string {
  if (!block.mark && !block.diff) return html;
  return html
    .split('\n')
    .map((line, i) => {
      const classes = ['line'];
      if (block.mark?.has(i + 1)) classes.push('marked');
      if (block.diff) {
        const text = line.replace(/<[^>]*>/g, '');
        if (text.startsWith('+')) classes.push('diff-add');
        else if (text.startsWith('-')) classes.push('diff-remove');
      }
      return line.replace(/^<span class="line">/, `<span class="${classes.join(' ')}">`);
    })
    .join('\n');
}

/**
 * The HTML of a code block: a header with the language and a copy button (kept out of search),
 * and a focusable `<pre>` so keyboard users can scroll long lines.
 */
export function renderCodeBlock(block: CodeBlock, strings: BodyStrings = ENGLISH): string {
  const label = escapeHtml(block.label);
  const lang = block.grammar ? ` data-language="${escapeHtml(block.grammar)}"` : '';
  const title = block.title ? `<span class="code-title">${escapeHtml(block.title)}</span>` : '';
  return (
    // Code weighs half as much as prose in search: a term explained in words should rank first.
    `<figure class="code-block"${lang} data-pagefind-weight="0.5">` +
    `<figcaption class="code-header" data-pagefind-ignore="all">${title}<span class="code-lang">${label}</span>` +
    `<button type="button" class="copy-button" data-copy-code hidden>` +
    `<span class="copy-label">${escapeHtml(strings.copyCode)}</span><span class="sr-only"> ${escapeHtml(formatUi(strings.codeOf, { language: block.label }))}</span></button>` +
    `<span class="sr-only" role="status" data-copy-status></span></figcaption>` +
    `<pre class="code" tabindex="0"><code>${decorateLines(block.html, block)}</code></pre>` +
    `</figure>`
  );
}
