import { diagnose } from '../check/catalog.ts';
import { checkPage, type PageFacts } from '../check/check-page.ts';
import { checkNesting, checkStructure } from '../check/page-structure.ts';
import { compilePage, type CompiledPage, type CompileOptions } from './compile-page.ts';
import type { Diagnostic } from '../check/diagnostics.ts';
import { checkFrontmatter } from './frontmatter.ts';
import type { LanguageAlias } from './highlight.ts';

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
  const facts: PageFacts = { file, url, anchors: [], anchorPlaces: {}, links: [], images: [], redirectFrom: [], includes: [] };
  const fail = (diagnostic: Diagnostic): AnalyzedPage => ({ facts, diagnostics: [diagnostic] });
  const start = { file, line: 1, column: 1 };

  if (bytes.includes(0)) {
    return fail(diagnose('file-binary', start));
  }
  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    return fail(diagnose('file-encoding-invalid', start));
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
    const page = checkPage({ file, source, ast, errors, config: options.config, languageAliases: options.languageAliases, iconAliases: options.iconAliases });
    const frontmatterProblems = compiled.diagnostics.some((d) => d.id === 'frontmatter-yaml-invalid')
      ? compiled.diagnostics.filter((d) => d.id === 'frontmatter-yaml-invalid')
      : checkFrontmatter(file, raw?.trim() === '' ? undefined : raw, compiled.frontmatter);
    const redirectFrom = compiled.frontmatter.redirectFrom;
    facts.anchors = compiled.anchors;
    facts.anchorPlaces = page.places;
    facts.explicitAnchors = page.explicit;
    if (typeof compiled.frontmatter.sourceDigest === 'string') facts.sourceDigest = compiled.frontmatter.sourceDigest;
    facts.links = page.links;
    facts.images = page.images;
    facts.includes = page.includes;
    const lines = source.split('\n');
    facts.redirectFrom = (Array.isArray(redirectFrom) ? redirectFrom.filter((r): r is string => typeof r === 'string') : []).map((href) => {
      // Where the frontmatter lists it, under its redirectFrom key.
      const key = lines.findIndex((l) => /^redirectFrom\s*:/.test(l));
      const line = lines.findIndex((l, i) => i >= key && l.includes(href));
      return { href, line: line + 1 || 1, column: line === -1 ? 1 : lines[line]!.indexOf(href) + 1 };
    });
    const empty: Diagnostic[] =
      compiled.body.length === 0 && [...structure, ...frontmatterProblems, ...page.diagnostics].every((d) => d.level !== 'error')
        ? [diagnose('page-body-empty', { file, line: source.split('\n').length, column: 1 })]
        : [];
    return { compiled, facts, diagnostics: [...structure, ...frontmatterProblems, ...page.diagnostics, ...empty] };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return fail(diagnose('page-unreadable', start, { reason: message }));
  }
}
