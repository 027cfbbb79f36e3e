/**
 * Pagefind's service, as the build and the dev server use it: an index created, filled from a
 * folder or page by page, and its files taken to serve from memory.
 */
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { lowerChildrenPriority } from './priority';
import { PAGEFIND_OPTIONS, parseIndexedWords } from './search-index';

/** How a search index is made: `dev` yields the CPU to the dev server (see below). */
export type IndexMode = 'build' | 'dev';

/**
 * A new index, with a reader of how many words it holds (from Pagefind's log). In the dev server,
 * Pagefind (which indexes on every core: 10 s of both at 5,000 pages) runs at a lower priority,
 * so that a page answered meanwhile, a saved one above all, does not wait for it.
 */
export async function createIndex(mode: IndexMode): Promise<{ index: pagefind.PagefindIndex; words: () => Promise<number | undefined> }> {
  const logfile = join(tmpdir(), `pagefind-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.log`);
  const { index, errors } = await pagefind.createIndex({ ...PAGEFIND_OPTIONS, logfile });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  if (mode === 'dev') lowerChildrenPriority('pagefind');
  return {
    index,
    async words() {
      const log = await readFile(logfile, 'utf8').catch(() => '');
      await rm(logfile, { force: true });
      return parseIndexedWords(log);
    },
  };
}

/** Creates an index of a folder of pages (read by Pagefind itself, much faster than page by page). */
export async function buildIndex(dir: string, mode: IndexMode) {
  const created = await createIndex(mode);
  const result = await created.index.addDirectory({ path: dir });
  if (result.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${result.errors.join('; ')}`);
  return created;
}

/**
 * The files of a built index, by path, to serve from memory: Pagefind's service, the only index
 * it holds then, is let go as soon as it has built them (having built an index, it keeps about
 * 200 MB at 1,000 pages). Starting it again takes about 10 ms.
 */
export async function servedFiles(index: pagefind.PagefindIndex): Promise<Map<string, Uint8Array>> {
  const result = await index.getFiles();
  await index.deleteIndex();
  await pagefind.close();
  return new Map(result.files.map((f) => [f.path.split(sep).join('/'), f.content]));
}

/** Adds the search document of the page at `url` (`/docs/a/`), at the path a folder of pages would give it. */
export async function addPage(index: pagefind.PagefindIndex, url: string, html: string): Promise<void> {
  const result = await index.addHTMLFile({ sourcePath: `${url.slice(1)}index.html`, content: html });
  if (result.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${result.errors.join('; ')}`);
}
