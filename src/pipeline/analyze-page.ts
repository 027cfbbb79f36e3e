import { checkNesting, checkPage, checkStructure, collectIds, type PageFacts } from '../check/check-page';
import { compilePage, type CompiledPage, type CompileOptions } from './compile-page';
import type { Diagnostic } from '../check/diagnostics';
import { checkFrontmatter } from './frontmatter';
import type { LanguageAlias } from './highlight';

/** A page read, compiled and checked: what the loader caches and the checker reports. */
export interface AnalyzedPage {
  /** The compiled page, unless the file could not be compiled at all. */
  compiled?: CompiledPage;
  facts: PageFacts;
  /** Every problem found in the page on its own (site-wide link checks come later). */
  diagnostics: Diagnostic[];
}

/** What {@link analyzePage} needs besides the file. */
export interface AnalyzeOptions extends CompileOptions {
  /** The page's URL without the base path (`/docs/a/b/`). */
  url: string;
  languageAliases?: Readonly<Record<string, LanguageAlias>>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads, compiles and checks one page file. Never throws for anything in the file: binary data,
 * bad encoding, an unclosed frontmatter or a crash while compiling all become located diagnostics.
 */
export async function analyzePage(bytes: Uint8Array, options: AnalyzeOptions): Promise<AnalyzedPage> {
  const { file, url } = options;
  const facts: PageFacts = { file, url, anchors: [], links: [], images: [], redirectFrom: [] };
  const fail = (diagnostic: Omit<Diagnostic, 'file' | 'level'>): AnalyzedPage => ({ facts, diagnostics: [{ file, level: 'error', ...diagnostic }] });

  if (bytes.includes(0)) {
    return fail({ line: 1, column: 1, id: 'file-binary', message: 'This file holds binary data, not text: it cannot be a page.', hint: 'Move it out of the docs folder (images belong in public/), or replace it with a Markdoc page.' });
  }
  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    return fail({ line: 1, column: 1, id: 'file-encoding-invalid', message: 'This file is not UTF-8 text.', hint: 'Save it as UTF-8 in your editor (most editors offer "Save with encoding").' });
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);

  const structure = checkStructure(file, source);
  if (structure.some((d) => d.id === 'frontmatter-unclosed')) return { facts, diagnostics: structure };

  try {
    const compiled = await compilePage(source, options);
    const { ast } = compiled;
    const tooDeep = checkNesting(file, source);
    const errors = tooDeep ? compiled.errors.filter((e) => !/^missing-(?:closing|opening)$/.test(e.error.id)) : compiled.errors;
    if (tooDeep) structure.push(tooDeep);
    const raw = ast.attributes.frontmatter as string | undefined;
    const page = checkPage({ file, source, ast, errors, config: options.config, languageAliases: options.languageAliases });
    const frontmatterProblems = compiled.diagnostics.some((d) => d.id === 'frontmatter-yaml-invalid')
      ? compiled.diagnostics.filter((d) => d.id === 'frontmatter-yaml-invalid')
      : checkFrontmatter(file, raw?.trim() === '' ? undefined : raw, compiled.frontmatter);
    const redirectFrom = compiled.frontmatter.redirectFrom;
    facts.anchors = [...new Set(collectIds(compiled.body))];
    facts.links = page.links;
    facts.images = page.images;
    facts.redirectFrom = Array.isArray(redirectFrom) ? redirectFrom.filter((r): r is string => typeof r === 'string') : [];
    const empty: Diagnostic[] =
      compiled.body.length === 0 && [...structure, ...frontmatterProblems, ...page.diagnostics].every((d) => d.level !== 'error')
        ? [{ file, line: source.split('\n').length, column: 1, level: 'warning', id: 'page-body-empty', message: 'This page has a title and nothing else: readers, and search, find nothing on it.', hint: 'Write its content under the frontmatter, or set sidebar.hidden if it only names a folder.' }]
        : [];
    return { compiled, facts, diagnostics: [...structure, ...frontmatterProblems, ...page.diagnostics, ...empty] };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return fail({ line: 1, column: 1, id: 'page-unreadable', message: `This page could not be processed: ${message}`, hint: 'Look for an unusual construct near the last change to this file; if it looks right, report it with the file attached.' });
  }
}
