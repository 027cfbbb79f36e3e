import type { Node } from '@markdoc/markdoc';
import GithubSlugger from 'github-slugger';

/**
 * Ids the page layout uses itself. Content must not take them: `#content` is the skip link's
 * target, and the scripts find their elements by these ids.
 */
export const RESERVED_IDS = [
  'content',
  'site-nav',
  'page-status',
  'search-results',
  'search-dialog-title',
  'search-hints',
  'toc-heading',
  'toc-mobile-heading',
] as const;

/**
 * A github-slugger (as @astrojs/markdoc uses) that already holds the layout's own ids, so a
 * heading named "Content" gets `#content-1` rather than the skip link's target.
 */
export function createSlugger(): GithubSlugger {
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);
  return slugger;
}

/** Whether an id belongs to the page layout. */
export function isReservedId(id: string): boolean {
  return (RESERVED_IDS as readonly string[]).includes(id);
}

/**
 * Names an element id must not take: browser globals and object internals that an element with
 * that id could shadow for scripts (DOM clobbering).
 */
const GLOBAL_NAMES = new Set([
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', 'globalThis',
  'window', 'self', 'top', 'parent', 'document', 'location', 'cookie', 'localStorage', 'sessionStorage',
  'eval', 'alert',
]);

/** Whether an id is the name of a browser global or an object internal. */
export function isGlobalName(id: string): boolean {
  return GLOBAL_NAMES.has(id);
}

/**
 * The id of a heading: its explicit id, or a slug of its text. An explicit id is registered with
 * the slugger too, so a later heading of the same text gets a different slug. The page transform,
 * the checker and the Markdown copies all use this, so their ids always agree.
 */
export function headingId(slugger: GithubSlugger, text: string, explicit?: string): string {
  const slug = slugger.slug(explicit ?? text);
  return explicit ?? slug;
}

/** The text of inline nodes, as a heading's slug is made from it. */
export function nodeText(node: Node): string {
  if (node.type === 'text' || node.type === 'code') return String(node.attributes.content ?? '');
  return node.children.map(nodeText).join('');
}

/**
 * The anchor of a table row whose table has `rowAnchors`: the text of its first cell, when it can
 * be used in a link as it is (no spaces, quotes or #).
 */
export function rowAnchor(firstCellText: string): string | undefined {
  const id = firstCellText.trim();
  return id && !/[\s#"'<>`%\\]/.test(id) ? id : undefined;
}
