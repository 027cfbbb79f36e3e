import { diagnose } from '../check/catalog.ts';
import Markdoc, { type Config, type Node, type ValidateError } from '@markdoc/markdoc';
import { createSlugger } from './slug.ts';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { BodyStrings, PageConfig } from '../markdoc/context.ts';
import type { Diagnostic } from '../check/diagnostics.ts';
import { toMarkdown } from './markdown.ts';
import type { CodeHighlighter } from './highlight.ts';
import { collectAnchors, collectHeadings, toRenderNodes, type RenderNode } from './render-tree.ts';
import type { Heading } from './toc.ts';

/** A page after parsing, validation and transformation, ready to cache and render. */
export interface CompiledPage {
  /** The frontmatter as written (validated later against the collection schema). */
  frontmatter: Record<string, unknown>;
  /** The body: HTML strings and the component tags between them. */
  body: RenderNode[];
  /** Every heading with an id, in document order. */
  headings: Heading[];
  /** Every id readers can link to on the page, in document order. */
  anchors: string[];
  /** The page as plain Markdown (tags made readable, anchors kept), for `index.md` and llms.txt. */
  markdown: string;
  /** Problems with the frontmatter's YAML, located in the file. */
  diagnostics: Diagnostic[];
  /** The parsed page, for the checks that read it. */
  ast: Node;
  /** Markdoc's validation errors against the site's tags (explained by the checker). */
  errors: ValidateError[];
  /** The partials the page includes itself (`{% partial file="…" /%}`), by file name. */
  partials: string[];
}

/** What {@link compilePage} needs besides the source. */
export interface CompileOptions {
  /** Path of the file relative to the repository, for diagnostics. */
  file: string;
  /** The site's Markdoc config (tags, nodes, partials). */
  config: Config;
  /** The build's highlighter. */
  highlighter: CodeHighlighter;
  /** The site's base path (default `/`). */
  base?: string;
  /** The site's icon names (its `iconAliases` setting). */
  iconAliases?: Readonly<Record<string, string>>;
  /**
   * Levels added to headings: `auto` (the default) moves every heading one level down on pages
   * that use `#` for their sections, since the frontmatter title is the page's `<h1>`.
   */
  headingOffset?: 'auto' | number;
  /** The body's strings in the page's language (English by default). */
  strings?: BodyStrings;
}

/** What one walk over a page finds: whether it has a `#` heading, its fences' languages, and the partials it includes. */
export function scanPage(ast: Node): { hasLevelOne: boolean; languages: Set<string>; partials: Set<string> } {
  const languages = new Set<string>();
  const partials = new Set<string>();
  let hasLevelOne = false;
  for (const node of ast.walk()) {
    if (node.type === 'heading' && node.attributes.level === 1) hasLevelOne = true;
    else if (node.type === 'fence' && typeof node.attributes.language === 'string') languages.add(node.attributes.language);
    else if (node.type === 'tag' && node.tag === 'partial' && typeof node.attributes.file === 'string') partials.add(node.attributes.file);
  }
  return { hasLevelOne, languages, partials };
}

/** The heading shift of a page: with `auto`, 1 when the page has a `#` heading, else 0. */
export function headingShift(ast: Node, offset: 'auto' | number, scan = scanPage(ast)): number {
  if (offset !== 'auto') return offset;
  return scan.hasLevelOne ? 1 : 0;
}

/** Languages written in a page's code fences, for loading their grammars up front. */
export function fenceLanguages(ast: Node, partials: Readonly<Record<string, Node>> = {}): Set<string> {
  const langs = scanPage(ast).languages;
  for (const partial of Object.values(partials)) for (const lang of scanPage(partial).languages) langs.add(lang);
  return langs;
}

/** Parses the frontmatter block Markdoc found, reporting YAML errors at their line in the file. */
function parseFrontmatter(file: string, raw: string | undefined): { data: Record<string, unknown>; diagnostics: Diagnostic[] } {
  if (raw === undefined || raw.trim() === '') return { data: {}, diagnostics: [] };
  try {
    const data: unknown = parseYaml(raw);
    if (data === null || data === undefined) return { data: {}, diagnostics: [] };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return {
        data: {},
        diagnostics: [diagnose('frontmatter-invalid', { file, line: 2, column: 1 })],
      };
    }
    return { data: data as Record<string, unknown>, diagnostics: [] };
  } catch (error) {
    const pos = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    const message = (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replace(/ at line \d+, column \d+:?$/, '');
    return {
      data: {},
      // The frontmatter starts on line 2, after the opening `---`.
      diagnostics: [diagnose('frontmatter-yaml-invalid', { file, line: (pos?.line ?? 1) + 1, column: pos?.col ?? 1 }, { reason: message })],
    };
  }
}

/**
 * Compiles one page: parses it (frontmatter included, so lines match the file), validates it
 * against the site's tags, loads the grammars its fences need, and transforms it into HTML strings
 * and component tags. Problems in the content are returned, never thrown.
 */
export async function compilePage(source: string, options: CompileOptions): Promise<CompiledPage> {
  const { file, highlighter } = options;
  const ast = Markdoc.parse(source, { file, slots: false });
  const { data: frontmatter, diagnostics } = parseFrontmatter(file, ast.attributes.frontmatter as string | undefined);
  const scan = scanPage(ast);
  const config: PageConfig = {
    ...options.config,
    variables: { ...options.config.variables, frontmatter },
    ctx: { slugger: createSlugger(), highlighter, base: options.base ?? '/', iconAliases: options.iconAliases ?? {}, headingShift: headingShift(ast, options.headingOffset ?? 'auto', scan), ...(options.strings ? { strings: options.strings } : {}) },
  };
  const errors = Markdoc.validate(ast, config) as ValidateError[];
  await highlighter.loadLanguages(scan.languages);
  const tree = Markdoc.transform(ast, config);
  const resolved = tree instanceof Promise ? await tree : tree;
  const markdown = toMarkdown(ast, {
    partials: (options.config.partials ?? {}) as Record<string, Node>,
    tags: options.config.tags,
    base: options.base,
  });
  return { frontmatter, body: toRenderNodes(resolved), headings: collectHeadings(resolved), anchors: collectAnchors(resolved), markdown, diagnostics, ast, errors, partials: [...scan.partials] };
}
