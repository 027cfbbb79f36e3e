import Markdoc, { type Config, type Node, type Schema } from '@markdoc/markdoc';
import { trimEdges } from './heading.ts';

const cellAttributes = {
  /** Column width in pixels (`{% width=48 %}`) or any CSS length as text. */
  width: { type: [Number, String], description: 'Column width: a number of pixels, or a CSS length such as "20%".' },
  /** Text alignment of the cell. */
  align: { type: String, matches: ['left', 'center', 'right'], description: 'Text alignment: left, center or right.' },
};

/** Renders a cell without the space Markdoc leaves before an annotation (`* Name {% width=120 %}`). */
function cellTransform(name: 'th' | 'td') {
  return (node: Node, config: Config) => new Markdoc.Tag(name, node.transformAttributes(config), trimEdges(node.transformChildren(config)));
}

/** Header cells, whose annotations size and align their column (`* Name {% width=120 %}`). */
export const th: Schema = { ...Markdoc.nodes.th, attributes: { ...Markdoc.nodes.th.attributes, ...cellAttributes }, transform: cellTransform('th') };

/** Body cells, which can be aligned. */
export const td: Schema = { ...Markdoc.nodes.td, attributes: { ...Markdoc.nodes.td.attributes, align: cellAttributes.align }, transform: cellTransform('td') };
