import Markdoc, { type Config, type Node, type RenderableTreeNode } from '@markdoc/markdoc';
import { textContent } from '../../pipeline/render-tree.ts';
import { rowAnchor } from '../../pipeline/slug.ts';
import type { TagSchema } from './define.ts';

const { Tag } = Markdoc;

/** Gives each body row the text of its first cell as id, so `#users.read` links to its row. */
export function anchorRows(tree: RenderableTreeNode): void {
  if (!Tag.isTag(tree)) return;
  if (tree.name === 'tbody') {
    for (const row of tree.children) {
      if (!Tag.isTag(row)) continue;
      const first = row.children.find((cell) => Tag.isTag(cell));
      const id = first ? rowAnchor(textContent(first)) : undefined;
      if (id) row.attributes.id = id;
    }
    return;
  }
  for (const child of tree.children) anchorRows(child);
}

/**
 * `{% table %}`: a table written as a list (one `---` per row), for cells that hold lists, code
 * or several paragraphs, or wrapped around a Markdown table to give it options. With
 * `rowAnchors=true`, each row can be linked by the text of its first cell (`#users.read`).
 */
export const table: TagSchema = {
  ...Markdoc.tags.table,
  description:
    'A table written as lists: `* cell` per cell, `---` between rows; or a Markdown table wrapped to take options. Header cells take `{% width=120 %}` and `{% align="center" %}`.',
  example: '{% table rowAnchors=true %}\n* Option {% width=160 %}\n* Meaning\n---\n* `retries`\n* How many times a failed request is tried again\n{% /table %}',
  attributes: {
    rowAnchors: {
      type: Boolean,
      default: false,
      description: 'Give each row the text of its first cell as anchor, so `#retries` links to that row.',
    },
  },
  // In the Markdown copy, each row keeps its anchor after its first cell.
  markdown(node, { blocks, table }) {
    const anchored = node.attributes.rowAnchors === true;
    return node.children.flatMap((child) => (child.type === 'table' ? [table(child, { rowAnchors: anchored })] : blocks([child])));
  },
  // The table node gives the rows their ids. Markdoc hands a list table the tag's attributes; a
  // Markdown table wrapped in the tag gets the option here.
  transform(node: Node, config: Config) {
    for (const child of node.children) {
      if (child.type === 'table' && node.attributes.rowAnchors === true) child.attributes.rowAnchors = true;
    }
    return node.transformChildren(config);
  },
};
