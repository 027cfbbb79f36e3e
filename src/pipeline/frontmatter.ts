import { diagnose } from '../check/catalog.ts';
import { z } from 'astro/zod';
import { isMap, isScalar, LineCounter, parse as parseYaml, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../check/diagnostics.ts';
import { closest } from '../check/suggest.ts';

/** The frontmatter of a docs page. */
export const docsSchema = z.object({
  /** The page's title: its `<h1>`, its sidebar entry and the first part of `<title>`. */
  title: z.string().min(1),
  /** One or two sentences for search engines and link previews. */
  description: z.string().optional(),
  /** Old addresses of this page (`/docs/old/path/`): each sends readers here, keeping the #section. */
  redirectFrom: z.array(z.string().min(1)).default([]),
  /**
   * On a translation: the digest of the source it was translated from, as `npm run check --
   * --translations` prints it. Sites without git history tell from it that the source changed since.
   */
  sourceDigest: z.string().optional(),
  /** How the page appears in the sidebar. */
  sidebar: z
    .object({
      /** Position among its siblings, lowest first; pages without an order come after, by title. */
      order: z.number().optional(),
      /** Text of the sidebar entry, when it should be shorter than the title. */
      label: z.string().optional(),
      /** Leaves the page out of the sidebar (it is still published). */
      hidden: z.boolean().default(false),
    })
    .default({ hidden: false }),
});

/** The frontmatter after validation. */
export type DocsFrontmatter = z.infer<typeof docsSchema>;

/** Keys the site reads from frontmatter, at each level, for "misspelt key" warnings. */
const KNOWN_KEYS: Record<string, string[]> = {
  '': Object.keys(docsSchema.shape),
  sidebar: ['order', 'label', 'hidden'],
};

/** Descriptions that stand in for a real one. */
const PLACEHOLDER = /^(?:placeholder(?:\s+seo)?\.?|todo\b.*|tbd\.?|lorem ipsum\b.*|description\.?|fixme\b.*|xxx+\.?)$/i;

/** Where a frontmatter value is, as a 1-based line and column in the file. */
interface Located {
  line: number;
  column: number;
}

/**
 * Checks a page's frontmatter against the schema, locating each problem at its key in the file:
 * missing or mistyped fields are errors; misspelt keys and placeholder descriptions are warnings.
 * `raw` is the YAML between the `---` lines (it starts on line 2 of the file).
 */
export function checkFrontmatter(file: string, raw: string | undefined, data: Record<string, unknown>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const counter = new LineCounter();
  // The YAML is parsed again, with positions, only to locate a problem: clean pages skip it.
  let doc: ReturnType<typeof parseDocument> | undefined | null = null;
  const FIRST_LINE = 2;
  const locate = (path: readonly PropertyKey[], which: 'key' | 'value' = 'key'): Located => {
    if (doc === null) doc = raw ? parseDocument(raw, { lineCounter: counter }) : undefined;
    let node: unknown = doc?.contents;
    let found: Located = { line: 1, column: 1 };
    for (const segment of path) {
      if (!isMap(node)) break;
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
      if (!pair) break;
      const target = (which === 'value' && pair.value ? pair.value : pair.key) as YamlNode | null;
      const offset = target?.range?.[0];
      if (offset !== undefined) {
        const pos = counter.linePos(offset);
        found = { line: pos.line + FIRST_LINE - 1, column: pos.col };
      }
      node = pair.value;
    }
    return found;
  };

  if (raw === undefined) {
    diagnostics.push(diagnose('frontmatter-missing', { file, line: 1, column: 1 }));
    return diagnostics;
  }

  const result = docsSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const key = path.join('.');
      const value = path.reduce<unknown>((v, p) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined), data);
      const missing = issue.code === 'invalid_type' && value === undefined;
      const at = locate(path, missing ? 'key' : 'value');
      if (missing) {
        diagnostics.push(diagnose('frontmatter-field-missing', { file, ...at }, { key }));
      } else {
        diagnostics.push(diagnose('frontmatter-value-invalid', { file, ...at }, { key, problem: issue.message.replace(/^Invalid input: /, ''), expected: describeExpected(key) }));
      }
    }
  }

  for (const [scope, known] of Object.entries(KNOWN_KEYS)) {
    const object = scope === '' ? data : data[scope];
    if (!object || typeof object !== 'object' || Array.isArray(object)) continue;
    for (const key of Object.keys(object)) {
      if (known.includes(key)) continue;
      // Frontmatter is often shared with other tools and layouts (`readtime`, `tags`…): a key this
      // site does not read is only reported when it looks like a misspelling of one it does.
      const guess = closest(key, known);
      if (!guess) continue;
      const path = scope === '' ? [key] : [scope, key];
      diagnostics.push(diagnose('frontmatter-key-unknown', { file, ...locate(path) }, { key: path.join('.'), guess }));
    }
  }

  const description = data.description;
  if (typeof description === 'string' && PLACEHOLDER.test(description.trim())) {
    diagnostics.push(diagnose('description-placeholder', { file, ...locate(['description'], 'value') }, { description: description.trim() }));
  }
  return diagnostics;
}

function describeExpected(key: string): string {
  switch (key) {
    case 'title':
    case 'description':
    case 'sidebar.label':
      return `Write \`${key.split('.').pop()}:\` followed by text.`;
    case 'sidebar.order':
      return 'Use a number, for example `order: 2`.';
    case 'sidebar.hidden':
      return 'Use `true` or `false`.';
    case 'sourceDigest':
      return 'Quote the digest, so that YAML keeps it as text: `sourceDigest: "0a1b2c3d4e5f"`.';
    case 'redirectFrom':
      return 'Use a list of paths, for example:\n  redirectFrom:\n    - /docs/old/path/';
    default:
      return 'See "Writing pages" for the frontmatter fields.';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const FENCE = '---';

/**
 * A page file's frontmatter, found as the page compiler finds it (Markdoc's rule: a first line
 * `---`, up to the next line `---`, each with spaces around allowed) and parsed as it parses it;
 * undefined when the file has none, or one that is not a map of keys. Reads no more than that:
 * the dev server holds a large site's pages by their frontmatter (all every sidebar needs) until
 * it has compiled them.
 */
export function frontmatterOf(bytes: Uint8Array): Record<string, unknown> | undefined {
  if (bytes.includes(0)) return undefined;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const source = text.replace(/\r\n?/g, '\n');
  let end = source.indexOf('\n');
  if (end === -1 || source.slice(0, end).trim() !== FENCE) return undefined;
  const from = end + 1;
  for (let start = from; start < source.length; start = end + 1) {
    end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    if (source.slice(start, end).trim() !== FENCE) continue;
    try {
      const data: unknown = parseYaml(source.slice(from, start).trim());
      return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
