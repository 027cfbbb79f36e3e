import type { Node } from '@markdoc/markdoc';

/** 1-based column of `needle` on a 1-based line of the source, or of the line's first text when it is not there. */
export function columnOf(lines: readonly string[], line: number, needle: string): number {
  const text = lines[line - 1] ?? '';
  const at = needle ? text.indexOf(needle) : -1;
  return at === -1 ? Math.max(1, text.search(/\S/) + 1) : at + 1;
}

/**
 * Finds constructs in a page's source. Markdoc gives an inline node (a link, an image, a tag
 * inside a line) the lines of its whole block, so the construct is looked for across those lines,
 * each time after the last place the same text was found in the same block: a link on the second
 * line of a paragraph, or the second of two identical links, points at its own place.
 */
export class SourceLocator {
  private readonly after = new Map<string, { line: number; index: number }>();

  private readonly lines: readonly string[];

  constructor(lines: readonly string[]) {
    this.lines = lines;
  }

  /** The line and column of `needle` within `node`'s lines; the node's first line when it is not there. */
  find(node: Node, needle: string): { line: number; column: number } {
    const first = (node.lines[0] ?? 0) + 1;
    const last = Math.max(first, node.lines[node.lines.length - 1] ?? first);
    const key = `${first}:${last}:${needle}`;
    const from = this.after.get(key) ?? { line: first, index: 0 };
    for (let line = from.line; needle && line <= last; line++) {
      const index = (this.lines[line - 1] ?? '').indexOf(needle, line === from.line ? from.index : 0);
      if (index !== -1) {
        this.after.set(key, { line, index: index + needle.length });
        return { line, column: index + 1 };
      }
    }
    return { line: first, column: columnOf(this.lines, first, needle) };
  }
}
