import Markdoc, { type Config, type Node, type Schema } from '@markdoc/markdoc';
import { pageContext } from '../context';

const { Tag } = Markdoc;

/**
 * Tables sit in a focusable region that scrolls sideways on narrow screens, named after the
 * section they are in so screen-reader users know which table they are in.
 */
export const table: Schema = {
  ...Markdoc.nodes.table,
  transform(node: Node, config: Config) {
    const ctx = pageContext(config);
    const label = ctx.lastHeading ? `Table: ${ctx.lastHeading}` : 'Table';
    const inner = new Tag('table', node.transformAttributes(config), node.transformChildren(config));
    return new Tag('div', { class: 'table-wrapper', role: 'region', tabindex: '0', 'aria-label': label }, [inner]);
  },
};
