import type { Node, Schema } from '@markdoc/markdoc';
import { createSlugger, headingId, nodeText, rowAnchor } from './slug.ts';
import { withBasePath } from '../site/urls.ts';

/** What a tag's Markdown rule ({@link MarkdownRule}) can use to write its node. */
export interface MarkdownWriter {
  /** Markdown blocks of some nodes. */
  blocks(nodes: readonly Node[]): string[];
  /** Text quoted as a blockquote. */
  quote(text: string): string;
  /** Text escaped so it shows as written. */
  escape(text: string): string;
  /**
   * The id of a heading the tag makes (a step's title): the explicit one, or a slug of its text,
   * counted with the page's other headings as the HTML page counts them.
   */
  headingId(text: string, explicit?: string): string;
  /** A table as Markdown; with `rowAnchors`, each body row's anchor after its first cell, as in the page. */
  table(node: Node, options: { rowAnchors: boolean }): string;
}

/** How a tag reads in a page's Markdown copy: its Markdown blocks. */
export type MarkdownRule = (node: Node, writer: MarkdownWriter) => string[];

/** What {@link toMarkdown} needs besides the page. */
export interface MarkdownOptions {
  /** Shared partials by file name, inlined where `{% partial %}` includes them. */
  partials?: Readonly<Record<string, Node>>;
  /**
   * The site's tags: one whose schema has a `markdown` rule is written by it; any other tag is
   * written as its contents.
   */
  tags?: Readonly<Record<string, Schema & { markdown?: MarkdownRule }>>;
  /** The site's base path, added to root-relative links. */
  base?: string;
}

/** Escapes text so Markdown renderers show it as written, never as markup or HTML. */
export const escapeMarkdownText = (text: string) => text.replace(/([\\`*_[\]<])/g, '\\$1');
const escapeText = escapeMarkdownText;

function attr(node: Node, name: string): unknown {
  return node.attributes[name];
}

/**
 * Turns a Markdoc page into plain Markdown that reads well without Markdoc: tags become Markdown
 * (callouts are quoted blocks with their title), partials are inlined, and every heading keeps
 * its anchor as `{#id}`, the same id the HTML page has.
 */
export function toMarkdown(ast: Node, options: MarkdownOptions = {}): string {
  const slugger = createSlugger();
  const partials = options.partials ?? {};
  const tags = options.tags ?? {};
  const base = options.base ?? '/';

  const inline = (node: Node): string => {
    switch (node.type) {
      case 'text':
        return escapeText(String(attr(node, 'content') ?? ''));
      case 'code': {
        const content = String(attr(node, 'content') ?? '');
        const fence = content.includes('`') ? '``' : '`';
        return `${fence}${content}${fence}`;
      }
      case 'strong':
        return `**${node.children.map(inline).join('')}**`;
      case 'em':
        return `*${node.children.map(inline).join('')}*`;
      case 's':
        return `~~${node.children.map(inline).join('')}~~`;
      case 'link':
        return `[${node.children.map(inline).join('')}](${withBasePath(String(attr(node, 'href') ?? ''), base)})`;
      case 'image':
        return `![${escapeText(String(attr(node, 'alt') ?? ''))}](${withBasePath(String(attr(node, 'src') ?? ''), base)})`;
      case 'hardbreak':
        return '\\\n';
      case 'softbreak':
        return '\n';
      default:
        return node.children.map(inline).join('');
    }
  };

  const blocks = (nodes: readonly Node[]): string[] => nodes.flatMap((n) => block(n));

  const block = (node: Node): string[] => {
    switch (node.type) {
      case 'document':
        return blocks(node.children);
      case 'paragraph':
        return [node.children.map(inline).join('')];
      case 'heading': {
        const level = Number(attr(node, 'level') ?? 1);
        const explicit = attr(node, 'id');
        const id = headingId(slugger, nodeText(node).trim(), typeof explicit === 'string' ? explicit : undefined);
        // Former ids (aliases) keep landing on the heading: each follows its id.
        const aliases = attr(node, 'aliases');
        const also = Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string').map((a) => ` {#${a}}`).join('') : '';
        return [`${'#'.repeat(level)} ${node.children.map(inline).join('').trim()} {#${id}}${also}`];
      }
      case 'fence': {
        const content = String(attr(node, 'content') ?? '').replace(/\n$/, '');
        const fence = content.includes('```') ? '````' : '```';
        return [`${fence}${String(attr(node, 'language') ?? '').trim()}\n${content}\n${fence}`];
      }
      case 'blockquote':
        return [quote(blocks(node.children).join('\n\n'))];
      case 'hr':
        return ['---'];
      case 'list': {
        const ordered = attr(node, 'ordered') === true;
        return [
          node.children
            .map((item, i) => {
              const marker = ordered ? `${i + 1}. ` : '- ';
              const body = blocks(item.children).join('\n');
              return marker + body.replace(/\n/g, `\n${' '.repeat(marker.length)}`);
            })
            .join('\n'),
        ];
      }
      case 'item':
      case 'inline':
        return [node.children.map(inline).join('')];
      case 'table':
        return [table(node, { rowAnchors: attr(node, 'rowAnchors') === true })];
      case 'tag':
        return tag(node);
      case 'comment':
      case 'error':
        return [];
      default:
        return blocks(node.children);
    }
  };

  const quote = (text: string) =>
    text
      .split('\n')
      .map((line) => (line === '' ? '>' : `> ${line}`))
      .join('\n');

  const tag = (node: Node): string[] => {
    const name = node.tag ?? '';
    if (name === 'partial') {
      const file = attr(node, 'file');
      const partial = typeof file === 'string' ? partials[file] : undefined;
      return partial ? blocks(partial.children) : [];
    }
    const rule = Object.hasOwn(tags, name) ? tags[name]!.markdown : undefined;
    return rule ? rule(node, { blocks, quote, escape: escapeText, headingId: (text, explicit) => headingId(slugger, text.trim(), explicit), table }) : blocks(node.children);
  };

  const table = (node: Node, options: { rowAnchors: boolean }): string => {
    const rows: string[][] = [];
    for (const section of node.children) {
      for (const row of section.children) {
        const cells = row.children.map((cell) => blocks(cell.children).join(' ').replace(/\|/g, '\\|').replace(/\n/g, ' '));
        const anchor = options.rowAnchors && section.type === 'tbody' && row.children[0] ? rowAnchor(nodeText(row.children[0])) : undefined;
        if (anchor && cells.length > 0) cells[0] = `${cells[0]} {#${anchor}}`;
        rows.push(cells);
      }
    }
    if (rows.length === 0) return '';
    const width = Math.max(...rows.map((r) => r.length));
    const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
  };

  return `${blocks([ast]).filter((b) => b !== '').join('\n\n')}\n`;
}

/** Text on one line, escaped so Markdown shows it as written (titles, descriptions). */
export const markdownLine = (text: string) => escapeMarkdownText(text.replace(/\s+/g, ' ').trim());

/** A page's published Markdown copy (`index.md`): its title, its description, then its body. */
export function markdownCopy(title: string, description: string | undefined, markdown: string): string {
  const intro = description ? `\n\n${markdownLine(description)}` : '';
  return `# ${markdownLine(title)}${intro}\n\n${markdown}`;
}
