import type { Config, ValidateError } from '@markdoc/markdoc';
import { diagnose, isMarkdocId, type MarkdocId } from './catalog.ts';
import type { Diagnostic, Level } from './diagnostics.ts';
import { columnOf } from './source-locator.ts';
import { closest } from './suggest.ts';

/** What an explanation of one Markdoc finding works from. */
interface Finding {
  error: ValidateError['error'];
  /** The finding's 1-based line, and the text on it. */
  line: number;
  text: string;
  lines: readonly string[];
  config: Config;
  /** Tags opened and never closed on the page, with their lines. */
  unclosed: { tag?: string; line: number }[];
}

/** A finding explained: what is wrong and how to fix it, where on its line; or nothing to add. */
type Explained = { message: string; hint?: string; column?: number } | undefined;

const TYPE_WORDS: Record<string, string> = { String: 'text', Number: 'a number', Boolean: 'true or false', Array: 'a list', Object: 'an object' };

/** The tag a line opens (`{% tabs %}` → `tabs`). */
const openedTag = (text: string) => /\{%\s*([\w-]+)/.exec(text)?.[1] ?? '';

/**
 * How each Markdoc finding reads for an author, by Markdoc's id. Markdoc's messages are English
 * sentences, not data: the names in them are read back with one pattern per id, here and only
 * here. A finding whose message does not match keeps Markdoc's own message.
 */
const EXPLAIN: Partial<Record<MarkdocId, (finding: Finding) => Explained>> = {
  'tag-undefined': ({ error, lines, line, config }) => {
    const name = /Undefined tag: '([^']+)'/.exec(error.message)?.[1];
    if (!name) return undefined;
    const tagNames = Object.keys(config.tags ?? {});
    const guess = closest(name, tagNames);
    return { column: columnOf(lines, line, name), message: `{% ${name} %} is not a tag this site knows.`, hint: guess ? `Did you mean {% ${guess} %}?` : `Tags this site knows: ${tagNames.sort().join(', ')}.` };
  },
  'attribute-undefined': ({ error, lines, line, text, config }) => {
    const attribute = /Invalid attribute: '([^']+)'/.exec(error.message)?.[1];
    if (!attribute) return undefined;
    const tag = openedTag(text);
    const known = Object.keys(config.tags?.[tag]?.attributes ?? {});
    const guess = closest(attribute, known);
    return { column: columnOf(lines, line, `${attribute}=`), message: `{% ${tag} %} has no attribute \`${attribute}\`.`, hint: guess ? `Did you mean ${guess}=…?` : known.length > 0 ? `Its attributes: ${known.join(', ')}.` : `It takes no attributes.` };
  },
  'attribute-value-invalid': ({ error, lines, line, text }) => {
    const match = /Attribute '([^']+)' must match one of (\[.*\])\. Got '([^']*)' instead\./.exec(error.message);
    if (!match) return undefined;
    const [, attribute, list, got] = match as unknown as [string, string, string, string];
    const allowed = JSON.parse(list) as string[];
    const tag = openedTag(text);
    const guess = closest(got, allowed);
    return { column: columnOf(lines, line, `${attribute}=`), message: `{% ${tag} ${attribute}="${got}" %}: ${attribute} must be one of ${allowed.map((v) => `"${v}"`).join(', ')}. Got "${got}".`, hint: guess ? `Did you mean ${attribute}="${guess}"?` : `Use one of the values above.` };
  },
  'attribute-type-invalid': ({ error, lines, line, text }) => {
    const match = /Attribute '([^']+)' must be type of '([^']+)'/.exec(error.message);
    if (!match) return undefined;
    const [, attribute, type] = match as unknown as [string, string, string];
    const wanted = TYPE_WORDS[type] ?? type;
    const hint = type === 'String' ? `Quote the value: ${attribute}="…".` : type === 'Number' ? `Write a number without quotes: ${attribute}=2.` : `Write ${wanted}.`;
    return { column: columnOf(lines, line, `${attribute}=`), message: `{% ${openedTag(text)} %}: ${attribute} must be ${wanted}.`, hint };
  },
  'missing-closing': ({ error }) => {
    const tag = /Node '([^']+)' is missing closing/.exec(error.message)?.[1];
    if (!tag) return undefined;
    return { message: `{% ${tag} %} is opened here but never closed.`, hint: `Add {% /${tag} %} where it should end, or write {% ${tag} /%} if it holds nothing.` };
  },
  'missing-opening': ({ text, line, unclosed }) => {
    const closing = /\{%\s*\/\s*([\w-]+)/.exec(text);
    const tag = closing?.[1] ?? 'tag';
    const open = unclosed.filter((u) => u.tag && u.line < line).pop();
    const hint =
      open && open.tag === tag
        ? `It sits inside a list item or a line of text, so it cannot close the {% ${tag} %} opened on line ${open.line}. Put {% /${tag} %} on a line of its own, not indented.`
        : open
          ? `Did you mean {% /${open.tag} %}? It would close the {% ${open.tag} %} opened on line ${open.line}.`
          : `Remove it, or open the tag with {% ${tag} %} before it. Tags must close in the order they were opened.`;
    return { ...(closing ? { column: closing.index + 1 } : {}), message: `{% /${tag} %} closes a tag that is not open here.`, hint };
  },
  'parse-error': ({ error, text }) => {
    const doubleHash = /\{%\s*##/.test(text);
    const unicodeId = /\{%\s*#([^\s%]*[^\x00-\x7f][^\s%]*)/.exec(text)?.[1];
    const bad = /\{%\s*(##|#(?=[^\s%]*[^\x00-\x7f]))/.exec(text);
    const hint = doubleHash
      ? `An id is written with one #: {% #${/\{%\s*##([\w-]+)/.exec(text)?.[1] ?? 'id'} %}.`
      : unicodeId
        ? `The #id shorthand takes ASCII letters only: write {% id="${unicodeId}" %}.`
        : 'Check the {% … %} on this line: names, quotes and the closing %}.';
    return { ...(bad ? { column: bad.index + bad[0].length - bad[1]!.length + 1 } : {}), message: `This tag cannot be read: ${error.message}`, hint };
  },
  'tag-placement-invalid': ({ error, text }) => {
    const tag = /'([^']+)' tag should be block/.exec(error.message)?.[1];
    if (!tag) return undefined;
    const at = new RegExp(`\\{%\\s*/?\\s*${tag}\\b`).exec(text);
    return { ...(at ? { column: at.index + 1 } : {}), message: `{% ${tag} %} must stand on a line of its own, but here it is inside a line of text.`, hint: `Move it to its own line, with a blank line before it.` };
  },
};

/**
 * Turns Markdoc's validation errors into diagnostics an author can act on: the tag as they wrote
 * it, what is wrong, and a fix worked out from the tags and attributes the site has.
 */
export function explainMarkdocErrors(file: string, source: string, errors: readonly ValidateError[], config: Config): Diagnostic[] {
  const lines = source.split('\n');
  const unclosed = errors
    .filter((e) => e.error.id === 'missing-closing')
    .map((e) => ({ tag: /Node '([^']+)'/.exec(e.error.message)?.[1], line: (e.lines[0] ?? 0) + 1 }));
  return errors.map(({ error, lines: at, location }): Diagnostic => {
    let line = (location?.start.line ?? at[0] ?? 0) + 1;
    // Markdoc can point at the start of the list item holding a closing tag: find its real line.
    if (error.id === 'missing-opening' || error.id === 'tag-placement-invalid') {
      const last = (at[at.length - 1] ?? line - 1) + 1;
      for (let l = line; l <= last; l++) {
        if (/\{%\s*\//.test(lines[l - 1] ?? '')) {
          line = l;
          break;
        }
      }
    }
    // Markdoc gives a tag inside a paragraph the paragraph's first line: find the line of the tag
    // or attribute its message names, within the lines of the node.
    const named = /'([^']+)'/.exec(error.message)?.[1];
    if (named && error.id !== 'missing-opening') {
      const last = (at[at.length - 1] ?? line - 1) + 1;
      const pattern = new RegExp(`\\{%[^%]*?(?<![\\w-])${named.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
      for (let l = line; l <= last; l++) {
        if (pattern.test(lines[l - 1] ?? '')) {
          line = l;
          break;
        }
      }
    }
    const text = lines[line - 1] ?? '';
    const level: Level = error.level === 'error' || error.level === 'critical' ? 'error' : 'warning';
    const where = { file, line, column: columnOf(lines, line, '{%') };
    // A missing partial is Markdoc's invalid attribute value, but an author thinks of it as a missing file.
    const partial = error.id === 'attribute-value-invalid' ? /Partial `([^`]+)` not found/.exec(error.message)?.[1] : undefined;
    if (partial !== undefined) {
      const known = Object.keys(config.partials ?? {});
      return diagnose('partial-missing', { ...where, column: columnOf(lines, line, partial) }, { name: partial, guess: closest(partial, known), known: known.sort() });
    }
    const id: MarkdocId = isMarkdocId(error.id) ? error.id : 'parse-error';
    const explained = EXPLAIN[id]?.({ error, line, text, lines, config, unclosed });
    if (!explained) return { ...where, level, id, message: error.message };
    const { column, message, hint } = explained;
    return { ...where, ...(column !== undefined ? { column } : {}), level, id, message, ...(hint !== undefined ? { hint } : {}) };
  });
}
