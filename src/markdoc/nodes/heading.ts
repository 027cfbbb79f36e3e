import Markdoc, { type Config, type Node, type RenderableTreeNode, type Schema } from '@markdoc/markdoc';
import { textContent } from '../../pipeline/render-tree.ts';
import { headingId } from '../../pipeline/slug.ts';
import { pageContext } from '../context.ts';
import { ENGLISH, formatUi } from '../../site/ui-strings.ts';

const { Tag } = Markdoc;

/** Trims the whitespace Markdoc leaves before an annotation (`## Scopes {% #scopes %}`). */
export function trimEdges(children: RenderableTreeNode[]): RenderableTreeNode[] {
  const out = [...children];
  const first = out[0];
  if (typeof first === 'string') out[0] = first.replace(/^\s+/, '');
  const lastIndex = out.length - 1;
  const last = out[lastIndex];
  if (typeof last === 'string') out[lastIndex] = last.replace(/\s+$/, '');
  return out.filter((child) => child !== '');
}

/** The link beside a heading, named for screen readers and kept out of search and the TOC. */
function anchorLink(id: string, text: string, template: string) {
  // The link icon is drawn by the stylesheet (.anchor-icon): one copy per site, not per heading.
  const icon = new Tag('span', { class: 'anchor-icon', 'aria-hidden': 'true' }, []);
  const label = new Tag('span', { class: 'sr-only' }, [formatUi(template, { title: text })]);
  return new Tag('a', { class: 'anchor-link', href: `#${id}`, 'data-pagefind-ignore': 'all' }, [icon, label]);
}

/**
 * Builds a heading with its anchor link and alias targets, registering its id with the page's
 * slugger. Used by headings and by tags that carry a heading (`section`).
 */
export function buildHeading(level: number, children: RenderableTreeNode[], config: Config, explicit?: string, aliases: unknown[] = []) {
  const ctx = pageContext(config);
  const text = textContent(children).trim();
  const id = headingId(ctx.slugger, text, explicit);
  ctx.lastHeading = text;
  const h = new Tag(`h${level}`, { id }, children);
  // An alias is an empty element with the old id just before the heading: following #old-id
  // lands on the heading, with no script.
  const aliasTargets = aliases
    .filter((a): a is string => typeof a === 'string' && a !== '' && a !== id)
    .map((a) => new Tag('span', { id: a, class: 'anchor-alias', 'aria-hidden': 'true' }, []));
  return new Tag('div', { class: `heading-wrapper level-h${level}` }, [...aliasTargets, h, anchorLink(id, text, (ctx.strings ?? ENGLISH).sectionTitled)]);
}

/**
 * Headings get their explicit id (`{% #scopes %}`) or a github-slugger slug of their text, and a
 * wrapper holding the heading and its anchor link, so the heading's own text stays exactly what
 * the author wrote.
 */
export const heading: Schema = {
  children: ['inline'],
  attributes: {
    /** The heading's anchor; without it, a slug of the heading's text. */
    id: { type: String },
    /** 1 to 6, from the number of `#`. */
    level: { type: Number, required: true, default: 1 },
    /** Former ids that must keep landing here (`aliases=["old-id"]`), so old links never break. */
    aliases: { type: Array, description: 'Former ids of this heading that keep working in links.' },
  },
  transform(node: Node, config: Config) {
    const { id, level, aliases } = node.transformAttributes(config) as { id?: string; level: number; aliases?: unknown[] };
    // Pages that start their sections at `#` (under the frontmatter title) get them one level down.
    const shift = pageContext(config).headingShift ?? 0;
    return buildHeading(Math.min(6, level + shift), trimEdges(node.transformChildren(config)), config, id, aliases);
  },
};
