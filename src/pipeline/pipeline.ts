import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import Markdoc, { type Config, type Node, type ValidateError } from '@markdoc/markdoc';
import { analyzePage, type AnalyzedPage } from './analyze-page.ts';
import { checkPage, type LinkRef, type PageFacts } from '../check/check-page.ts';
import { withIncludeSites } from '../check/include-sites.ts';
import { fenceLanguages, scanPage } from './compile-page.ts';
import type { Diagnostic } from '../check/diagnostics.ts';
import { listFiles } from '../build/files.ts';
import { CodeHighlighter, type CodeThemes, type LanguageAlias } from './highlight.ts';
import { editionEntryId, idToSlug, isPagePath, pagePathToId } from '../site/paths.ts';
import type { BodyStrings } from '../markdoc/context.ts';
import { slugToUrl } from '../site/urls.ts';
import { languageBase } from '../site/urls.ts';

/** What a pipeline is made from. */
export interface PipelineOptions {
  /** The project (repository) root: diagnostics name files relative to it. */
  root: string;
  /** The content folder: `docs/` and `partials/` inside. */
  contentDir: string;
  /** The site's Markdoc config, without partials. */
  config: Config;
  codeThemes: CodeThemes;
  languageAliases: Readonly<Record<string, LanguageAlias>>;
  /** The site's base path. */
  base: string;
  /** The site's icon names (its `iconAliases` setting). */
  iconAliases?: Readonly<Record<string, string>>;
  /** Levels added to content headings (see the site config). */
  headingOffset?: 'auto' | number;
  /** Pages the site generates (the tag reference), by path under `docs/`, with their source. */
  virtualPages?: Readonly<Record<string, string>>;
  /**
   * The translated language whose pages this pipeline compiles (`i18n/<folder>/` of its
   * version's folder); unset for the site's default language.
   */
  language?: { tag: string; folder: string };
  /** The old version whose pages this pipeline compiles (`CONTENT_DIR/versions/<name>/`); unset for the current one. */
  version?: string;
  /** The strings of the pages' bodies, in their language (English by default). */
  strings?: BodyStrings;
}

/**
 * The shared page pipeline of the build and of `npm run check`: one highlighter, the partials
 * parsed once, and {@link analyzePage} for each page.
 */
export class Pipeline {
  readonly docsDir: string;
  /** The language's own partials. */
  readonly partialsDir: string;
  /**
   * Where partials are looked for, first to last: a translation's own, then the default
   * language's (a translation need not translate every partial).
   */
  readonly partialsDirs: string[];
  config: Config;
  /** Problems found in the partials themselves. */
  partialDiagnostics: Diagnostic[] = [];
  /**
   * Each partial's digest (of its source), the partials it includes itself, and its links and
   * images (located in the partial's file), by file name.
   */
  private partials = new Map<string, { digest: string; includes: string[]; links: LinkRef[]; images: LinkRef[] }>();

  private constructor(
    readonly options: PipelineOptions,
    readonly highlighter: CodeHighlighter,
  ) {
    const root = options.version ? join(options.contentDir, 'versions', options.version) : options.contentDir;
    const defaultPartials = join(root, 'partials');
    const own = options.language ? join(root, 'i18n', options.language.folder) : root;
    this.docsDir = join(own, 'docs');
    this.partialsDir = join(own, 'partials');
    this.partialsDirs = options.language ? [this.partialsDir, defaultPartials] : [defaultPartials];
    this.config = options.config;
  }

  /** Creates the pipeline and reads the partials. */
  static async create(options: PipelineOptions): Promise<Pipeline> {
    const pipeline = new Pipeline(options, await CodeHighlighter.create(options.codeThemes, options.languageAliases));
    await pipeline.loadPartials();
    return pipeline;
  }

  /**
   * The pipeline of a translated language or an old version (or both): the same highlighter and
   * settings, the edition's own pages and partials, its body strings, and no generated pages
   * (a translation shows the default language's; an old version has none).
   */
  async forEdition(edition: { language?: { tag: string; folder: string }; version?: string }, strings?: BodyStrings): Promise<Pipeline> {
    const { language: _language, version: _version, strings: _strings, ...shared } = this.options;
    const pipeline = new Pipeline({ ...shared, ...edition, ...(strings ? { strings } : {}), virtualPages: {} }, this.highlighter);
    await pipeline.loadPartials();
    return pipeline;
  }

  /** The URL (without base) of a page of this edition, by its slug. */
  private pageUrl(slug: string): string {
    return slugToUrl(slug, languageBase('/', this.options.language?.tag), this.options.version);
  }

  /** A path relative to the repository root, with forward slashes (absolute when outside it). */
  repoPath(absolute: string): string {
    const path = relative(this.options.root, absolute);
    return (path.startsWith('..') || isAbsolute(path) ? absolute : path).split(sep).join('/');
  }

  /** (Re)reads every partial, validating each against the site's tags. */
  async loadPartials(): Promise<void> {
    const partials: Record<string, Node> = {};
    const sources = new Map<string, string>();
    const diagnostics: Diagnostic[] = [];
    /** Each partial's file: the first folder that has it. */
    const files = new Map<string, string>();
    for (const dir of this.partialsDirs) for (const name of await listFiles(dir)) if (!files.has(name)) files.set(name, join(dir, name));
    const names = [...files.keys()].sort();
    for (const name of names) {
      const file = this.repoPath(files.get(name)!);
      const source = await readFile(files.get(name)!, 'utf8');
      sources.set(name, source);
      partials[name] = Markdoc.parse(source, { file });
    }
    const config = { ...this.options.config, partials: { ...this.options.config.partials, ...partials } };
    const refs = new Map<string, { links: LinkRef[]; images: LinkRef[] }>();
    for (const name of names) {
      // A partial is checked as a page is, in its own file; the site-wide checks take its links
      // and images with each page that includes it.
      const file = this.repoPath(files.get(name)!);
      const errors = Markdoc.validate(partials[name]!, config) as ValidateError[];
      const checked = checkPage({ file, source: sources.get(name)!, ast: partials[name]!, config, errors, languageAliases: this.options.languageAliases, iconAliases: this.options.iconAliases });
      diagnostics.push(...checked.diagnostics);
      const located = (ref: LinkRef) => ({ ...ref, file });
      refs.set(name, { links: checked.links.map(located), images: checked.images.map(located) });
    }
    const langs = new Set<string>();
    for (const ast of Object.values(partials)) for (const lang of fenceLanguages(ast)) langs.add(lang);
    await this.highlighter.loadLanguages(langs);
    this.config = config;
    this.partialDiagnostics = diagnostics;
    this.partials = new Map(
      names.map((name) => [name, { digest: createHash('sha1').update(sources.get(name)!).digest('hex'), includes: [...scanPage(partials[name]!).partials], ...refs.get(name)! }]),
    );
  }

  /**
   * The partials a page depends on, given those it includes itself: these and every partial they
   * include in turn, each with the digest of its source, or `null` for one that does not exist
   * (creating it changes the page too). A page's cache entry is valid while these are unchanged.
   */
  partialDependencies(includes: Iterable<string>): Record<string, string | null> {
    const found: Record<string, string | null> = {};
    const pending = [...includes];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (Object.hasOwn(found, name)) continue;
      const partial = this.partials.get(name);
      found[name] = partial?.digest ?? null;
      if (partial) pending.push(...partial.includes);
    }
    return Object.fromEntries(Object.entries(found).sort(([a], [b]) => a.localeCompare(b)));
  }

  /** The diagnostics, each problem of a partial with the `{% partial %}` tags that show it (see ../check/include-sites.ts). */
  withIncludeSites(diagnostics: readonly Diagnostic[], pages: readonly PageFacts[]): Diagnostic[] {
    // The language's own partials: those of the default language are the default pipeline's.
    const prefix = `${this.repoPath(this.partialsDir)}/`;
    return withIncludeSites(diagnostics, pages, {
      partialOf: (file) => (file.startsWith(prefix) ? file.slice(prefix.length) : undefined),
      closure: (names) => Object.keys(this.partialDependencies(names)),
    });
  }

  /** The pages under `docs/`, as paths relative to it, then the generated ones no file replaces. */
  async listPages(): Promise<string[]> {
    const files = (await listFiles(this.docsDir)).filter(isPagePath);
    const taken = new Set(files.map((f) => this.pageId(f).url));
    const generated = Object.keys(this.options.virtualPages ?? {}).filter((name) => !taken.has(this.pageId(name).url));
    return [...files, ...generated];
  }

  /** Whether a page is generated by the site rather than read from a file. */
  isVirtual(name: string): boolean {
    return Object.hasOwn(this.options.virtualPages ?? {}, name) && !existsSync(join(this.docsDir, name));
  }

  /** The entry id and URL (without base) of a page path under `docs/` (`/fr/docs/a/` for a translation). */
  pageId(name: string): { id: string; url: string } {
    const id = pagePathToId(name);
    const { language, version } = this.options;
    return { id: editionEntryId({ lang: language?.tag, version }, id), url: this.pageUrl(idToSlug(id)) };
  }

  /** Reads and analyzes one page; its facts take the links and images of the partials it shows. */
  async analyze(name: string, bytes?: Uint8Array): Promise<AnalyzedPage> {
    const absolute = join(this.docsDir, name);
    const data = bytes ?? (this.isVirtual(name) ? new TextEncoder().encode(this.options.virtualPages![name]) : readFileSync(absolute));
    const page = await analyzePage(data, {
      file: this.repoPath(absolute),
      url: this.pageId(name).url,
      config: this.config,
      highlighter: this.highlighter,
      base: this.options.base,
      headingOffset: this.options.headingOffset,
      languageAliases: this.options.languageAliases,
      iconAliases: this.options.iconAliases,
      ...(this.options.strings ? { strings: this.options.strings } : {}),
    });
    if (this.options.language) page.facts.lang = this.options.language.tag;
    if (this.options.version) page.facts.version = this.options.version;
    for (const partial of Object.keys(this.partialDependencies(page.compiled?.partials ?? []))) {
      const refs = this.partials.get(partial);
      if (!refs) continue;
      page.facts.links.push(...refs.links);
      page.facts.images.push(...refs.images);
    }
    return page;
  }
}
