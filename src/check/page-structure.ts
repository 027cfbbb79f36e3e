import { diagnose } from './catalog.ts';
import type { Diagnostic } from './diagnostics.ts';

/** How deep block tags may nest; Markdown's parser stops reading structure somewhat deeper. */
export const MAX_TAG_DEPTH = 50;

/**
 * Reports block tags nested deeper than {@link MAX_TAG_DEPTH}, at the line where it happens.
 * Beyond that depth the page cannot be read reliably, so this replaces the cascade of "never
 * closed" errors Markdoc would give.
 */
export function checkNesting(file: string, source: string): Diagnostic | undefined {
  const lines = source.split('\n');
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    for (const tag of lines[i]!.matchAll(/\{%\s*(\/?)\s*([A-Za-z][\w-]*)[^%]*?(\/?)\s*%\}/g)) {
      if (tag[1]) depth = Math.max(0, depth - 1);
      else if (!tag[3] && !['partial', 'else'].includes(tag[2]!)) depth++;
      if (depth > MAX_TAG_DEPTH) return diagnose('tag-nesting-too-deep', { file, line: i + 1, column: (tag.index ?? 0) + 1 }, { depth: MAX_TAG_DEPTH });
    }
  }
  return undefined;
}

/** A code fence's opening or closing line (up to three spaces, then ``` or ~~~). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Reports what the Markdown parser reads differently from what the author meant, before it
 * parses: an opening `---` without a closing one, a code fence never closed, and a link to a
 * script (markdown-it drops it silently and shows the text: the author still needs to know).
 */
export function checkStructure(file: string, source: string): Diagnostic[] {
  const lines = source.split('\n');
  const out: Diagnostic[] = [];
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (close === -1) return [diagnose('frontmatter-unclosed', { file, line: 1, column: 1 })];
    start = close + 1;
  }
  let open: { line: number; marker: string } | undefined;
  for (let i = start; i < lines.length; i++) {
    const fence = FENCE.exec(lines[i]!);
    if (!fence) continue;
    if (!open) open = { line: i + 1, marker: fence[1]! };
    else if (fence[1]![0] === open.marker[0] && fence[1]!.length >= open.marker.length && lines[i]!.trim() === fence[1]) open = undefined;
  }
  let fenced: string | undefined;
  for (let i = start; i < lines.length; i++) {
    const fence = FENCE.exec(lines[i]!);
    if (fence) fenced = fenced === undefined ? fence[1] : undefined;
    if (fenced !== undefined) continue;
    for (const unsafe of lines[i]!.matchAll(/\]\(\s*<?\s*((?:javascript|vbscript|data)\s*:\S*)\)/gi)) {
      out.push(diagnose('url-unsafe', { file, line: i + 1, column: (unsafe.index ?? 0) + 3 }, { what: 'link target', url: unsafe[1]! }));
    }
  }
  if (open) out.push(diagnose('code-fence-unclosed', { file, line: open.line, column: 1 }, { marker: open.marker }));
  return out;
}
