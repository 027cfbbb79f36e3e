import Markdoc, { type Config, type Node, type RenderableTreeNode, type Schema } from '@markdoc/markdoc';
import { textContent } from '../../lib/render-tree';
import { headingId } from '../../lib/slug';
import { pageContext } from '../context';

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
function anchorLink(id: string, text: string) {
  const icon = new Tag('svg', { 'aria-hidden': 'true', focusable: 'false', width: '16', height: '16', viewBox: '0 0 24 24', class: 'anchor-icon' }, [
    new Tag('path', { fill: 'currentColor', d: 'm12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0 2.47 2.47 0 0 1 0-3.5l3.88-3.88a1 1 0 0 0-1.42-1.42l-3.88 3.89a4.48 4.48 0 0 0 6.33 6.33l3.89-3.88a1 1 0 1 0-1.42-1.42Zm8.58-12.08a4.49 4.49 0 0 0-6.33 0l-3.89 3.88a1 1 0 0 0 1.42 1.42l3.88-3.88a2.52 2.52 0 0 1 3.5 0 2.47 2.47 0 0 1 0 3.5l-3.88 3.88a1 1 0 1 0 1.42 1.42l3.88-3.89a4.49 4.49 0 0 0 0-6.33ZM8.83 15.17a1 1 0 0 0 1.1.22 1 1 0 0 0 .32-.22l4.92-4.92a1 1 0 0 0-1.42-1.42l-4.92 4.92a1 1 0 0 0 0 1.42Z' }, []),
  ]);
  const label = new Tag('span', { class: 'sr-only' }, [`Section titled “${text}”`]);
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
  return new Tag('div', { class: `heading-wrapper level-h${level}` }, [...aliasTargets, h, anchorLink(id, text)]);
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
