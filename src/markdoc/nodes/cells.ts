import Markdoc, { type Schema } from '@markdoc/markdoc';

const cellAttributes = {
  /** Column width in pixels (`{% width=48 %}`) or any CSS length as text. */
  width: { type: [Number, String], description: 'Column width: a number of pixels, or a CSS length such as "20%".' },
  /** Text alignment of the cell. */
  align: { type: String, matches: ['left', 'center', 'right'], description: 'Text alignment: left, center or right.' },
};

/** Header cells, whose annotations size and align their column (`* Name {% width=120 %}`). */
export const th: Schema = { ...Markdoc.nodes.th, attributes: { ...Markdoc.nodes.th.attributes, ...cellAttributes } };

/** Body cells, which can be aligned. */
export const td: Schema = { ...Markdoc.nodes.td, attributes: { ...Markdoc.nodes.td.attributes, align: cellAttributes.align } };
