import type { Config, Node, Schema } from '@markdoc/markdoc';
import { parseLineRanges, renderCodeBlock } from '../../pipeline/code-block.ts';
import { rawHtml } from '../../pipeline/render-tree.ts';
import { pageContext } from '../context.ts';

/** Code fences, highlighted by Shiki at build time; an unknown language is plain text. */
export const fence: Schema = {
  attributes: {
    /** The code itself. */
    content: { type: String, render: false },
    /** The language written after the backticks. */
    language: { type: String, render: false },
    /** Whether Markdoc tags inside the code are processed (Markdoc's own option). */
    process: { type: Boolean, render: false, default: true },
    /** A title shown above the code, such as its file name (```js {% title="app.js" %}). */
    title: { type: String, render: false, description: 'A title shown above the code, such as its file name.' },
    /** Lines to highlight: "1,3-4". */
    mark: { type: String, render: false, matches: /^\s*\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*\s*$/, description: 'Lines to highlight, such as "1,3-4".' },
  },
  transform(node: Node, config: Config) {
    const ctx = pageContext(config);
    const language = String(node.attributes.language ?? '');
    const content =
      node.attributes.process === false
        ? String(node.attributes.content ?? '')
        : node.children.length > 0
          ? node.transformChildren(config).map((c) => (typeof c === 'string' ? c : '')).join('')
          : String(node.attributes.content ?? '');
    const result = ctx.highlighter.highlight(content, language);
    const title = typeof node.attributes.title === 'string' ? node.attributes.title : undefined;
    const mark = typeof node.attributes.mark === 'string' ? parseLineRanges(node.attributes.mark) : undefined;
    return rawHtml(renderCodeBlock({ html: result.html, label: result.label, grammar: result.grammar, title, mark, diff: result.grammar === 'diff' }, ctx.strings));
  },
};
