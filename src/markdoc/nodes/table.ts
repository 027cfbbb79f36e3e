import Markdoc, { type Config, type Node, type Schema } from '@markdoc/markdoc';
import { anchorRows } from '../tags/table.ts';
import { pageContext } from '../context.ts';
import { ENGLISH, formatUi } from '../../site/ui-strings.ts';

const { Tag } = Markdoc;

/**
 * Tables sit in a focusable region that scrolls sideways on narrow screens, named after the
 * section they are in so screen-reader users know which table they are in.
 */
export const table: Schema = {
  ...Markdoc.nodes.table,
  attributes: {
    ...Markdoc.nodes.table.attributes,
    /** Set through `{% table rowAnchors=true %}`: rows get their first cell as id. */
    rowAnchors: { type: Boolean, render: false, description: 'Give each row the text of its first cell as anchor.' },
  },
  transform(node: Node, config: Config) {
    const ctx = pageContext(config);
    // Each table is a region of its own: its name must be unique on the page.
    const strings = ctx.strings ?? ENGLISH;
    const base = ctx.lastHeading ? formatUi(strings.tableOf, { title: ctx.lastHeading }) : strings.table;
    ctx.tableNames ??= new Map();
    const count = (ctx.tableNames.get(base) ?? 0) + 1;
    ctx.tableNames.set(base, count);
    const label = count === 1 ? base : `${base} (${count})`;
    const children = node.transformChildren(config);
    // The first column usually names what each row defines (a scope, an option): weigh it more
    // in search, so a search for `users.read` ranks the table that defines it first.
    for (const section of children) {
      if (!Tag.isTag(section) || section.name !== 'tbody') continue;
      for (const row of section.children) {
        const first = Tag.isTag(row) ? row.children.find((cell) => Tag.isTag(cell)) : undefined;
        if (first && Tag.isTag(first)) first.attributes['data-pagefind-weight'] = '3';
      }
    }
    // rowAnchors is not rendered (render: false), so it is read from the node itself.
    if (node.attributes.rowAnchors === true) for (const section of children) anchorRows(section);
    const inner = new Tag('table', node.transformAttributes(config), children);
    return new Tag('div', { class: 'table-wrapper', role: 'region', tabindex: '0', 'aria-label': label }, [inner]);
  },
};
