import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Markdoc, { type Config, type Node } from '@markdoc/markdoc';
import type { Loader, LoaderContext } from 'astro/loaders';
import { compilePage, fenceLanguages } from '../lib/compile-page';
import { formatDiagnostics, type Diagnostic } from '../lib/diagnostics';
import { CodeHighlighter } from '../lib/highlight';
import { isPagePath, pagePathToId, resolveContentDir } from '../lib/paths';
import { markdocConfig } from '../markdoc/config';
import { CALLOUT_TITLES } from '../markdoc/tags/callout';
import { siteConfig } from '../site.config';

/** What the loader stores beside the frontmatter, under `rendered.metadata`. */
export interface PageMetadata {
  body: import('../lib/render-tree').RenderNode[];
  headings: import('../lib/toc').Heading[];
  markdown: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Serialises a Markdoc config with its functions, so any change to a tag changes the digest. */
function fingerprintConfig(config: Config): string {
  return JSON.stringify(config, (_key, value: unknown) => (typeof value === 'function' ? value.toString() : value));
}

/** Folders whose code decides what a compiled page holds: a change there invalidates the cache. */
const PIPELINE_SOURCES = ['src/lib', 'src/markdoc', 'src/loader', 'src/site.config.ts', 'package-lock.json'];

/** The sources of the page pipeline, concatenated, for the cache digest. */
async function readPipelineSources(root: string): Promise<string> {
  let text = '';
  for (const source of PIPELINE_SOURCES) {
    const path = join(root, source);
    const files = source.includes('.') ? [''] : (await listFiles(path)).filter((f) => !f.endsWith('.test.ts'));
    for (const file of files) {
      try {
        text += `\0${source}/${file}\0${await readFile(join(path, file), 'utf8')}`;
      } catch {
        // A missing file (no lock file in a scratch copy) simply does not count.
      }
    }
  }
  return text;
}

/**
 * The docs collection's loader: parses, validates and transforms each page once with Markdoc,
 * caches the result in Astro's data store by content digest, and leaves only component tags to
 * render at request time. Reads `<CONTENT_DIR>/docs/**` and the partials in `<CONTENT_DIR>/partials`.
 */
export function docsLoader(): Loader {
  return {
    name: 'docs-loader',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const contentDir = resolveContentDir(root, process.env.CONTENT_DIR);
      const docsDir = join(contentDir, 'docs');
      const partialsDir = join(contentDir, 'partials');
      const repoPath = (absolute: string) => relative(root, absolute).split(sep).join('/');
      const highlighter = await CodeHighlighter.create(siteConfig.codeThemes, siteConfig.codeLanguageAliases);

      const pipelineSources = await readPipelineSources(root);
      let config: Config = markdocConfig;
      let fingerprint = '';
      const diagnosticsByFile = new Map<string, Diagnostic[]>();

      async function loadPartials(): Promise<void> {
        const partials: Record<string, Node> = {};
        let sources = '';
        for (const name of await listFiles(partialsDir)) {
          const source = await readFile(join(partialsDir, name), 'utf8');
          partials[name] = Markdoc.parse(source, { file: repoPath(join(partialsDir, name)) });
          sources += `\0${name}\0${source}`;
        }
        const langs = new Set<string>();
        for (const ast of Object.values(partials)) for (const lang of fenceLanguages(ast)) langs.add(lang);
        await highlighter.loadLanguages(langs);
        config = { ...markdocConfig, partials: { ...markdocConfig.partials, ...partials } };
        fingerprint = context.generateDigest(
          pipelineSources + fingerprintConfig(markdocConfig) + JSON.stringify(siteConfig) + context.config.base + sources,
        );
      }

      async function loadPage(name: string): Promise<void> {
        const absolute = join(docsDir, name);
        const file = repoPath(absolute);
        const id = pagePathToId(name);
        const bytes = await readFile(absolute);
        let source: string;
        try {
          source = decoder.decode(bytes);
        } catch {
          diagnosticsByFile.set(file, [{ file, line: 1, column: 1, level: 'error', id: 'file-encoding-invalid', message: 'This file is not UTF-8 text.', hint: 'Save it as UTF-8, or move it out of content/docs if it is not a page.' }]);
          context.store.delete(id);
          return;
        }
        const digest = context.generateDigest(fingerprint + source);
        const existing = context.store.get(id);
        if (existing?.digest === digest) return;
        const page = await compilePage(source, { file, config, highlighter, base: context.config.base, blockTitles: CALLOUT_TITLES });
        const diagnostics = [...page.diagnostics];
        let data: Record<string, unknown>;
        try {
          data = await context.parseData({ id, data: page.frontmatter, filePath: file });
        } catch (error) {
          diagnostics.push({ file, line: 1, column: 1, level: 'error', id: 'frontmatter-schema-invalid', message: error instanceof Error ? error.message : String(error), hint: 'Every page needs at least `title:` in its frontmatter.' });
          diagnosticsByFile.set(file, diagnostics);
          return;
        }
        diagnosticsByFile.set(file, diagnostics);
        const metadata: PageMetadata = { body: page.body, headings: page.headings, markdown: page.markdown };
        context.store.set({ id, data, filePath: file, digest, rendered: { html: '', metadata: { ...metadata } } });
      }

      async function loadAll(): Promise<void> {
        await loadPartials();
        const names = (await listFiles(docsDir)).filter(isPagePath);
        const ids = new Set(names.map(pagePathToId));
        for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
        diagnosticsByFile.clear();
        for (const name of names) await loadPage(name);
      }

      function report(): void {
        const all = [...diagnosticsByFile.values()].flat();
        if (all.length === 0) return;
        const text = formatDiagnostics(all);
        const hasErrors = all.some((d) => d.level === 'error');
        if (hasErrors && !context.watcher) throw new Error(`Content has errors:\n\n${text}`);
        (hasErrors ? context.logger.error : context.logger.warn).call(context.logger, `\n${text}`);
      }

      await loadAll();
      report();

      const watcher = context.watcher;
      if (!watcher) return;
      watcher.add(contentDir);
      const onChange = async (path: string) => {
        if (path.startsWith(partialsDir + sep)) {
          await loadAll();
        } else if (path.startsWith(docsDir + sep)) {
          const name = relative(docsDir, path).split(sep).join('/');
          if (!isPagePath(name)) return;
          try {
            await loadPage(name);
          } catch (error) {
            context.logger.error(`${repoPath(path)}: ${error instanceof Error ? error.message : String(error)}`);
            return;
          }
        } else {
          return;
        }
        report();
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', async (path: string) => {
        if (path.startsWith(partialsDir + sep)) return void (await onChange(path));
        if (!path.startsWith(docsDir + sep)) return;
        const name = relative(docsDir, path).split(sep).join('/');
        if (!isPagePath(name)) return;
        context.store.delete(pagePathToId(name));
        diagnosticsByFile.delete(repoPath(path));
      });
    },
  };
}
