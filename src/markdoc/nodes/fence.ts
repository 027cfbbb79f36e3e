import type { Config, Node, Schema } from '@markdoc/markdoc';
import { renderCodeBlock } from '../../lib/code-block';
import { rawHtml } from '../../lib/render-tree';
import { pageContext } from '../context';

/** Code fences, highlighted by Shiki at build time; an unknown language is plain text. */
export const fence: Schema = {
  attributes: {
    /** The code itself. */
    content: { type: String, render: false },
    /** The language written after the backticks. */
    language: { type: String, render: false },
    /** Whether Markdoc tags inside the code are processed (Markdoc's own option). */
    process: { type: Boolean, render: false, default: true },
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
    return rawHtml(renderCodeBlock({ html: result.html, label: result.label, grammar: result.grammar }));
  },
};
