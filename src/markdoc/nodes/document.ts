import Markdoc, { type Schema } from '@markdoc/markdoc';

/** The page body renders as its children alone: the layout supplies the `<article>`. */
export const document: Schema = { ...Markdoc.nodes.document, render: undefined };
