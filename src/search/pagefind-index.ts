/**
 * Pagefind's service, as the build and the dev server use it: an index created, filled from a
 * folder or page by page, and its files taken to serve from memory.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { listFilesSync, scratchRoot } from '../build/files.ts';
import { ownPrefix, removeOrphans } from '../build/orphans.ts';
import { LogFiles } from './pagefind-logs.ts';
import { lowerChildrenPriority } from './priority.ts';
import { PAGEFIND_OPTIONS, parseIndexedWords } from './search-index.ts';

/** How a search index is made: `dev` yields the CPU to the dev server (see below). */
export type IndexMode = 'build' | 'dev';

/** The logs of this process's indexes. */
const logs = new LogFiles(tmpdir());

/**
 * The indexes open in Pagefind's service (created, neither written out for serving nor given up):
 * {@link servedFiles} closes the service only when it holds no other, as the dev server may be
 * feeding an index page by page while it makes another.
 */
const open = new Set<pagefind.PagefindIndex>();
/** How many indexes are being created (asked of the service, not yet given): they count as open. */
let creating = 0;

/**
 * How many times this process closed Pagefind's service. An index names itself to the service by
 * a number that a service started again gives anew: an index of a closed service must never speak
 * to the next one, where its number may be another index's (see {@link bound}).
 */
let generation = 0;

function closeNow(): Promise<unknown> {
  generation++;
  return pagefind.close();
}

/** Closes Pagefind's service and every index in it: an index still being made is given up so. */
export async function closeService(): Promise<void> {
  open.clear();
  await closeNow();
}

/** An index whose calls fail, without reaching Pagefind, once the service it was made in has closed. */
function bound(index: pagefind.PagefindIndex): pagefind.PagefindIndex {
  const made = generation;
  const live = () => {
    if (generation !== made) throw new Error("Pagefind's service was closed: this index was given up.");
  };
  return {
    addHTMLFile: async (file) => (live(), index.addHTMLFile(file)),
    addCustomRecord: async (record) => (live(), index.addCustomRecord(record)),
    addDirectory: async (dir) => (live(), index.addDirectory(dir)),
    writeFiles: async (options) => (live(), index.writeFiles(options)),
    getFiles: async () => (live(), index.getFiles()),
    deleteIndex: async () => (live(), index.deleteIndex()),
  };
}

/** Removes the logs of every index whose words were not read: for a process that stops with indexes under way. */
export function releaseAll(): void {
  logs.removeAll();
}

/** An index being made, as {@link createIndex} gives it. */
export interface CreatedIndex {
  index: pagefind.PagefindIndex;
  /** How many words it holds, from Pagefind's log, once it is built; the log is removed then. */
  words(): Promise<number | undefined>;
  /** Removes its log, for an index given up whose service is closed (which took the index along). */
  release(): Promise<void>;
  /** Deletes it from Pagefind's service and removes its log, for an index given up. */
  discard(): Promise<void>;
}

/**
 * A new index, with a reader of how many words it holds (from Pagefind's log: see
 * ./pagefind-logs.ts). In the dev server, Pagefind (which indexes on every core:
 * 10 s of both at 5,000 pages) runs at a lower priority, so that a page answered meanwhile, a
 * saved one above all, does not wait for it.
 */
export async function createIndex(mode: IndexMode): Promise<CreatedIndex> {
  const logfile = logs.create();
  const release = () => logs.remove(logfile);
  creating++;
  const started = generation;
  const { index: made, errors } = await pagefind.createIndex({ ...PAGEFIND_OPTIONS, logfile }).finally(() => creating--);
  if (!made || started !== generation) {
    await release();
    throw new Error(made ? "Pagefind's service was closed as the index was created." : `Pagefind could not start: ${errors.join('; ')}`);
  }
  const index = bound(made);
  open.add(index);
  if (mode === 'dev') lowerChildrenPriority('pagefind');
  return {
    index,
    async words() {
      const log = await readFile(logfile, 'utf8').catch(() => '');
      await release();
      return parseIndexedWords(log);
    },
    async release() {
      open.delete(index);
      await release();
    },
    async discard() {
      open.delete(index);
      await index.deleteIndex().catch(() => undefined);
      await release();
    },
  };
}

/** Creates an index of a folder of pages (read by Pagefind itself, much faster than page by page). */
export async function buildIndex(dir: string, mode: IndexMode): Promise<CreatedIndex> {
  const created = await createIndex(mode);
  // Rejected when the service was closed meanwhile (an index given up), which took the index along.
  const result = await created.index.addDirectory({ path: dir }).catch(async (error: unknown) => {
    await created.release();
    throw error;
  });
  if (result.errors.length > 0) {
    await created.discard();
    throw new Error(`Pagefind could not index ${dir}: ${result.errors.join('; ')}`);
  }
  return created;
}

/** Room an index's files are given in a memory-backed folder (see scratchRoot): 2.2 MB at 1,000 pages. */
const INDEX_BYTES = 32 * 1024 * 1024;
/** How the folders an index's files are written to are named (see src/build/orphans.ts). */
const SERVED_PREFIX = 'pagefind-index-';

/**
 * The files of a built index, by path, to serve from memory: the index is deleted from Pagefind's
 * service, and the service let go when it holds no other (having built an index, it keeps about
 * 200 MB at 1,000 pages). Starting it again takes about 10 ms.
 *
 * Pagefind writes them to a throw-away folder, in memory where there is room, and they are read
 * back: at 1,000 pages that took 0.65 s (median of six) where taking them through Pagefind's pipe
 * (`getFiles`, which sends each file encoded in its messages) took 0.86 s. Where the folder
 * cannot be written, they come through the pipe.
 */
export async function servedFiles(index: pagefind.PagefindIndex): Promise<Map<string, Uint8Array>> {
  const root = scratchRoot(INDEX_BYTES);
  removeOrphans(root, SERVED_PREFIX);
  const dir = mkdtempSync(join(root, ownPrefix(SERVED_PREFIX)));
  try {
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length === 0) return new Map(listFilesSync(dir).map((path) => [path, readFileSync(join(dir, path))]));
    const result = await index.getFiles();
    return new Map(result.files.map((f) => [f.path.split(sep).join('/'), f.content]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    // A service that failed is closed all the same, and its failure is the one said.
    open.delete(index);
    await index.deleteIndex().catch(() => undefined);
    if (open.size === 0 && creating === 0) await closeNow();
  }
}

/** Adds the search document of the page at `url` (`/docs/a/`), at the path a folder of pages would give it. */
export async function addPage(index: pagefind.PagefindIndex, url: string, html: string): Promise<void> {
  const result = await index.addHTMLFile({ sourcePath: `${url.slice(1)}index.html`, content: html });
  if (result.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${result.errors.join('; ')}`);
}
