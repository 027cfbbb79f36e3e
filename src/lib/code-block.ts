import { escapeHtml } from './html';

/** What a code block shows. */
export interface CodeBlock {
  /** Highlighted lines (already escaped). */
  html: string;
  /** The language label shown above the code. */
  label: string;
  /** The Shiki grammar used, if any. */
  grammar: string | undefined;
}

/**
 * The HTML of a code block: a header with the language and a copy button (kept out of search),
 * and a focusable `<pre>` so keyboard users can scroll long lines.
 */
export function renderCodeBlock(block: CodeBlock): string {
  const label = escapeHtml(block.label);
  const lang = block.grammar ? ` data-language="${escapeHtml(block.grammar)}"` : '';
  return (
    `<figure class="code-block"${lang}>` +
    `<figcaption class="code-header" data-pagefind-ignore="all"><span class="code-lang">${label}</span>` +
    `<button type="button" class="copy-button" data-copy-code hidden>` +
    `<span class="copy-label">Copy</span><span class="sr-only"> ${label} code</span></button>` +
    `<span class="sr-only" role="status" data-copy-status></span></figcaption>` +
    `<pre class="code" tabindex="0"><code>${block.html}</code></pre>` +
    `</figure>`
  );
}
