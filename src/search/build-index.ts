/** The build's search index: every built page's search document, indexed by Pagefind into `<outDir>/pagefind/`. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { listFilesSync, scratchRoot } from '../build/files.ts';
import { ownPrefix, removeOrphans } from '../build/orphans.ts';
import { buildIndex, closeService } from './pagefind-index.ts';
import { classifyForSearch, readableCells, searchDocument } from './search-index.ts';

/** The built pages of a site folder, as paths relative to it (the search index's own files left out). */
export function builtPages(dir: string): string[] {
  return listFilesSync(dir).filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'));
}

/**
 * Where the folder of the search documents of `paths` (built pages under `dir`) is made (see
 * scratchRoot): Pagefind numbers pages in the order it lists a folder, which depends on the file
 * system, so a folder to compare the index with is made here too.
 */
export function documentsRoot(dir: string, paths: string[]): string {
  // A document is never larger than its page.
  return scratchRoot(paths.reduce((sum, path) => sum + statSync(join(dir, path)).size, 0));
}

/**
 * Gathers what Pagefind should read of the built pages into a new temporary folder, at the same
 * paths: each indexable page reduced to its search document ({@link searchDocument}), or whole when
 * it cannot be reduced safely. Reports the pages readers can reach but search cannot index.
 *
 * The folder is in memory where it fits (see scratchRoot), and the files are read and written one
 * at a time, synchronously: nothing else runs meanwhile, and a thousand small files take 0.05 s
 * that way in memory, against 0.1 s through the thread pool (0.4-0.7 s to a virtual disk).
 */
function gatherSearchDocuments(dir: string, logger: AstroIntegrationLogger): { folder: string; count: number } {
  const paths = builtPages(dir);
  const root = documentsRoot(dir, paths);
  try {
    return writeSearchDocuments(dir, paths, root, logger);
  } catch (error) {
    // The memory-backed folder filled up meanwhile: the disk, then.
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC' || root === tmpdir()) throw error;
    return writeSearchDocuments(dir, paths, tmpdir(), logger);
  }
}

/** How the folders of search documents are named (see src/build/orphans.ts). */
const DOCUMENTS_PREFIX = 'docs-search-';

function writeSearchDocuments(dir: string, paths: string[], root: string, logger: AstroIntegrationLogger): { folder: string; count: number } {
  removeOrphans(root, DOCUMENTS_PREFIX);
  const folder = mkdtempSync(join(root, ownPrefix(DOCUMENTS_PREFIX)));
  try {
    let count = 0;
    const unindexed: string[] = [];
    for (const path of paths) {
      const html = readFileSync(join(dir, path), 'utf8');
      const verdict = classifyForSearch(html);
      if (verdict.kind === 'empty') unindexed.push(`${path} is not in the search index: ${verdict.reason}.`);
      if (verdict.kind !== 'index') continue;
      count++;
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), readableCells(searchDocument(html) ?? html));
    }
    for (const warning of unindexed.sort()) logger.warn(warning);
    return { folder, count };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Indexes the article body of every built page (read from its search document) into
 * `<outDir>/pagefind/`; returns what it indexed, for the build to print.
 */
export async function indexBuiltSite(out: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { folder, count: pageCount } = gatherSearchDocuments(out, logger);
  const { index, words } = await buildIndex(folder, 'build').finally(() => rm(folder, { recursive: true, force: true }));
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await closeService();
  const count = await words();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  logger.info(`Indexed ${pageCount} pages and ${count ?? 'an unknown number of'} words for search in ${seconds}s.`);
}
