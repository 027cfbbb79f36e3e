import Markdoc, { type RenderableTreeNode, type Tag } from '@markdoc/markdoc';
import { escapeHtml, VOID_ELEMENTS } from './html.ts';
import type { Heading } from './toc.ts';

/**
 * Tag name of a node that carries HTML this project produced itself (highlighted code), passed
 * through without escaping. Authors cannot write it: Markdoc tag names never start with `#`.
 */
export const RAW_HTML = '#raw-html';

/** Makes a render-tree node that holds trusted, already-escaped HTML. */
export function rawHtml(html: string): Tag {
  return new Markdoc.Tag(RAW_HTML, { html }, []);
}

/** A component tag left for Astro to render; everything else on the page is an HTML string. */
export interface ComponentNode {
  /** The component's path as written in `component()` (`./src/components/content/Callout.astro`). */
  component: string;
  /** The tag's attributes, passed as props. */
  props: Record<string, unknown>;
  /** What goes in the component's default slot. */
  children: RenderNode[];
}

/** A page body: HTML strings, and the component tags between them. Plain JSON, cached as is. */
export type RenderNode = string | ComponentNode;

/** Whether a Markdoc tag's render target is an Astro component configured with `component()`. */
function componentPath(tag: Tag): string | undefined {
  const name: unknown = tag.name;
  if (name && typeof name === 'object' && typeof (name as { path?: unknown }).path === 'string') {
    return (name as { path: string }).path;
  }
  return undefined;
}

function renderAttributes(attributes: Record<string, unknown>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (!/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(name)) continue;
    if (value === true) {
      out += ` ${name}`;
      continue;
    }
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    out += ` ${name}="${escapeHtml(text)}"`;
  }
  return out;
}

/**
 * Turns Markdoc's render tree into {@link RenderNode}s: every subtree without a component becomes
 * one HTML string (adjacent strings merged), so only component tags are left for Astro to render.
 */
export function toRenderNodes(node: RenderableTreeNode | RenderableTreeNode[]): RenderNode[] {
  const out: RenderNode[] = [];
  let html = '';
  const flush = () => {
    if (html !== '') out.push(html);
    html = '';
  };
  const visit = (n: RenderableTreeNode | RenderableTreeNode[]): void => {
    if (n === null || n === undefined || typeof n === 'boolean') return;
    if (Array.isArray(n)) {
      for (const child of n) visit(child);
      return;
    }
    if (typeof n === 'string' || typeof n === 'number') {
      html += escapeHtml(String(n));
      return;
    }
    if (!Markdoc.Tag.isTag(n)) return;
    const component = componentPath(n);
    if (component) {
      flush();
      out.push({ component, props: { ...n.attributes }, children: toRenderNodes(n.children) });
      return;
    }
    if (n.name === RAW_HTML) {
      html += String(n.attributes.html ?? '');
      return;
    }
    // A tag with no name is a fragment (Markdoc's document and partial wrappers).
    if (!n.name) {
      visit(n.children);
      return;
    }
    const name = String(n.name);
    html += `<${name}${renderAttributes(n.attributes)}>`;
    if (VOID_ELEMENTS.has(name)) return;
    visit(n.children);
    html += `</${name}>`;
  };
  visit(node);
  flush();
  return out;
}

/** The text a reader sees in a render tree, without elements marked `data-toc-ignore`. */
export function textContent(node: RenderableTreeNode | RenderableTreeNode[]): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (Array.isArray(node)) return node.map(textContent).join('');
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (!Markdoc.Tag.isTag(node)) return '';
  if (node.attributes['data-toc-ignore'] !== undefined) return '';
  return textContent(node.children);
}

/**
 * Visits the tags of a render tree in document order; `visit` returns false to skip a tag's
 * children.
 */
function walkTags(node: RenderableTreeNode | RenderableTreeNode[], visit: (tag: Tag) => boolean | void): void {
  if (Array.isArray(node)) {
    for (const child of node) walkTags(child, visit);
    return;
  }
  if (!node || typeof node !== 'object' || !Markdoc.Tag.isTag(node)) return;
  if (visit(node) !== false) walkTags(node.children, visit);
}

/** Lists the headings with an id in a render tree, in document order. */
export function collectHeadings(node: RenderableTreeNode | RenderableTreeNode[]): Heading[] {
  const headings: Heading[] = [];
  walkTags(node, (tag) => {
    const match = typeof tag.name === 'string' ? /^h([1-6])$/.exec(tag.name) : null;
    const id = tag.attributes.id;
    if (!match || typeof id !== 'string' || id === '') return true;
    headings.push({ depth: Number(match[1]), slug: id, text: textContent(tag.children).trim() });
    return false;
  });
  return headings;
}

/**
 * Every id readers can link to in a render tree, in document order: headings, their aliases, tag
 * anchors, table rows. Taken from the transformed page, where each id was given, not from its HTML.
 */
export function collectAnchors(node: RenderableTreeNode | RenderableTreeNode[]): string[] {
  const ids = new Set<string>();
  walkTags(node, (tag) => {
    if (typeof tag.attributes.id === 'string') ids.add(tag.attributes.id);
  });
  return [...ids];
}
