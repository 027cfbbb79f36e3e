import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import * as pagefind from 'pagefind';
import { forEachLimited } from '../build/concurrency';
import { listFiles } from '../build/files';
import { idToSlug, isPagePath, pagePathToId } from '../site/paths';
import { slugToUrl } from '../site/urls';
import { classifyForSearch, PAGEFIND_OPTIONS, parseIndexedWords, searchDocument } from './search-index';
import { sitePipelineOptions } from '../config/pipeline-options';

async function listHtmlFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'));
}

/**
 * Creates an index and feeds it pages (from memory) or a built folder (read by Pagefind itself,
 * much faster), and returns it with a reader of how many words it holds.
 */
async function buildIndex(source: { pages: { sourcePath: string; content: string }[] } | { dir: string }) {
  const logfile = join(tmpdir(), `pagefind-${process.pid}-${Date.now()}.log`);
  const { index, errors } = await pagefind.createIndex({ ...PAGEFIND_OPTIONS, logfile });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pageCount = 0;
  if ('dir' in source) {
    const result = await index.addDirectory({ path: source.dir });
    if (result.errors.length > 0) throw new Error(`Pagefind could not index ${source.dir}: ${result.errors.join('; ')}`);
    pageCount = result.page_count;
  } else {
    for (const page of source.pages) {
      const result = await index.addHTMLFile(page);
      if (result.errors.length > 0) throw new Error(`Pagefind could not index ${page.sourcePath}: ${result.errors.join('; ')}`);
    }
    pageCount = source.pages.length;
  }
  return {
    pageCount,
    index,
    async words() {
      const log = await readFile(logfile, 'utf8').catch(() => '');
      await rm(logfile, { force: true });
      return parseIndexedWords(log);
    },
  };
}

/**
 * Gathers what Pagefind should read of the built pages into a new temporary folder, at the same
 * paths: each indexable page reduced to its search document ({@link searchDocument}), or whole when
 * it cannot be reduced safely. Reports the pages readers can reach but search cannot index.
 */
async function gatherSearchDocuments(dir: string, logger: AstroIntegrationLogger): Promise<{ folder: string; count: number }> {
  const folder = await mkdtemp(join(tmpdir(), 'docs-search-'));
  let count = 0;
  const unindexed: string[] = [];
  await forEachLimited(await listHtmlFiles(dir), 8, async (path) => {
    const html = await readFile(join(dir, path), 'utf8');
    const verdict = classifyForSearch(html);
    if (verdict.kind === 'empty') unindexed.push(`${path} is not in the search index: ${verdict.reason}.`);
    if (verdict.kind !== 'index') return;
    count++;
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), searchDocument(html) ?? html);
  });
  for (const warning of unindexed.sort()) logger.warn(warning);
  return { folder, count };
}

/**
 * Indexes the article body of every built page (read from its search document) into
 * `<outDir>/pagefind/`; returns what it indexed, for the build to print.
 */
export async function indexBuiltSite(out: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { folder, count: pageCount } = await gatherSearchDocuments(out, logger);
  const { index, words } = await buildIndex({ dir: folder }).finally(() => rm(folder, { recursive: true, force: true }));
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  const count = await words();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  logger.info(`Indexed ${pageCount} pages and ${count ?? 'an unknown number of'} words for search in ${seconds}s.`);
}

/**
 * Search in the dev server: indexes the pages it serves, in memory, when search is first used,
 * and again after a content file changes; serves the index under `<base>pagefind/`.
 */
export function serveSearchInDev(server: ViteDevServer, logger: AstroIntegrationLogger, options: { contentDir: string; base: string }): void {
  const { contentDir, base } = options;
  const docsDir = join(contentDir, 'docs');
  let files: Map<string, Uint8Array> | undefined;
  let building: Promise<Map<string, Uint8Array>> | undefined;

  const origin = () => {
    const address = server.httpServer?.address();
    return address && typeof address === 'object' ? `http://localhost:${address.port}` : undefined;
  };

  /** Fetches every page from this dev server and indexes it in memory. */
  const rebuild = async (): Promise<Map<string, Uint8Array>> => {
    const host = origin();
    if (!host) throw new Error('the dev server has no address yet');
    const names = [
      ...(await listFiles(docsDir)).filter(isPagePath),
      // Pages the site generates (the tag reference) are served too.
      ...Object.keys(sitePipelineOptions().virtualPages ?? {}),
    ];
    const urls = [...new Set(names.map((n) => slugToUrl(idToSlug(pagePathToId(n)), base)))];
    const pages: { sourcePath: string; content: string }[] = [];
    for (const url of urls) {
      const response = await fetch(`${host}${url}`);
      if (!response.ok) continue;
      const content = await response.text();
      if (classifyForSearch(content).kind !== 'index') continue;
      pages.push({ sourcePath: `${url.slice(base.length)}index.html`, content: searchDocument(content) ?? content });
    }
    const { index, words } = await buildIndex({ pages });
    const result = await index.getFiles();
    await index.deleteIndex();
    logger.info(`Search index ready: ${pages.length} pages, ${(await words()) ?? '?'} words.`);
    return new Map(result.files.map((f) => [f.path.split(sep).join('/'), f.content]));
  };

  const invalidate = (path: string) => {
    if (path.startsWith(contentDir + sep)) files = undefined;
  };
  server.watcher.on('change', invalidate);
  server.watcher.on('add', invalidate);
  server.watcher.on('unlink', invalidate);

  const prefix = `${base}pagefind/`;
  server.middlewares.use(async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = (req.url ?? '').split('?')[0]!;
    if (!url.startsWith(prefix)) return next();
    try {
      if (!files) {
        building ??= rebuild().finally(() => (building = undefined));
        files = await building;
      }
      const body = files.get(url.slice(prefix.length));
      if (!body) {
        res.statusCode = 404;
        res.end('Not in the search index');
        return;
      }
      const type = url.endsWith('.js') ? 'text/javascript' : url.endsWith('.css') ? 'text/css' : url.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      res.setHeader('content-type', type);
      res.setHeader('cache-control', 'no-store');
      res.end(Buffer.from(body));
    } catch (error) {
      logger.error(`Search index failed: ${error instanceof Error ? error.message : String(error)}`);
      res.statusCode = 500;
      res.end('The search index could not be built: see the dev server output.');
    }
  });
}
