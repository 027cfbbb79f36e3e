/**
 * The folders the dev server's search is made from: the pages' search documents (Pagefind reads a
 * folder whole, much faster than pages handed one by one), and a mirror of some of them that the
 * index made ahead of the next change is made from (see src/search/held-index.ts). Each keeps a
 * record beside it of what each document was made from, so that the next start rewrites only what
 * changed since. Pages are named by URL and described by what their document was made from.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { forEachLimited } from '../build/concurrency.ts';
import { listFiles, writeFileWhole } from '../build/files.ts';
import { htmlFile } from '../build/page-reuse.ts';
import { mirrorChanges } from './held-index.ts';

/** What the documents of a folder were made from, as recorded beside it, if made the same way (`format`); else nothing. */
function readRecord(file: string, format: string): Map<string, string> {
  try {
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as { format?: string; written?: [string, string][] };
    return recorded.format === format && Array.isArray(recorded.written) ? new Map(recorded.written) : new Map();
  } catch {
    return new Map();
  }
}

/** Records what the documents of a folder were made from (see readRecord). */
async function writeRecord(file: string, format: string, written: ReadonlyMap<string, string>): Promise<void> {
  await writeFile(file, JSON.stringify({ format, written: [...written] }));
}

/** The pages' search documents, one `URL/index.html` per page, and the record of what each was made from. */
export class DocumentFolder {
  readonly dir: string;
  readonly #record: string;
  readonly #format: string;
  /** The folders of documents made so far (each is made once). */
  readonly #made = new Set<string>();

  /**
   * The folder `dir`, with its record in `dir/documents.json`; `format` names how documents are
   * made (a record made otherwise is not used). A folder with no record that fits is emptied.
   */
  constructor(dir: string, format: string) {
    this.dir = dir;
    this.#record = join(dir, 'documents.json');
    this.#format = format;
    if (readRecord(this.#record, format).size === 0) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }

  /** What each document in the folder was made from, by URL, as last recorded. */
  recorded(): Map<string, string> {
    return readRecord(this.#record, this.#format);
  }

  /** Records what each document in the folder was made from. */
  async record(written: ReadonlyMap<string, string>): Promise<void> {
    await writeRecord(this.#record, this.#format, written);
  }

  file(url: string): string {
    return htmlFile(this.dir, url);
  }

  /** Writes a page's document, whole: Pagefind may be reading the folder meanwhile. */
  async write(url: string, html: string): Promise<void> {
    const dir = dirname(this.file(url));
    if (!this.#made.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.#made.add(dir);
    }
    await writeFileWhole(this.file(url), html);
  }

  /** Takes out the documents of these pages. */
  async remove(urls: readonly string[]): Promise<void> {
    await forEachLimited(urls, 8, (url) => rm(this.file(url), { force: true }));
  }
}

/**
 * A folder that holds some of a {@link DocumentFolder}'s documents, as hard links (a document is
 * rewritten by replacing its file, so a link keeps the document as it was), kept from one use to
 * the next and changed only where the pages it holds changed: making a folder per page for a
 * thousand pages takes a second on some file systems. Its record says what it holds only while it
 * is not being changed.
 */
export class MirrorFolder {
  readonly #record: string;
  readonly #format: string;
  /** What the folder holds, by URL; undefined when not known (after a failure, or with no record). */
  #holds: Map<string, string> | undefined;

  readonly dir: string;
  readonly #source: DocumentFolder;

  /** The folder `dir`, mirroring documents of `source`, with its record in `dir.json`. */
  constructor(dir: string, source: DocumentFolder, format: string) {
    this.dir = dir;
    this.#source = source;
    this.#record = `${dir}.json`;
    this.#format = format;
    const recorded = readRecord(this.#record, format);
    this.#holds = recorded.size > 0 ? recorded : undefined;
  }

  /** Makes the folder hold the documents of `pages` as the source holds them now, and no others. */
  async mirror(pages: ReadonlyMap<string, string>): Promise<void> {
    if (!this.#holds) {
      // What the folder holds is not known: every document in it is placed again.
      const left = (await listFiles(this.dir)).filter((path) => path.endsWith('/index.html'));
      this.#holds = new Map(left.map((path) => [`/${path.slice(0, -'index.html'.length)}`, '']));
    }
    const holds = this.#holds;
    const { place, remove } = mirrorChanges(holds, pages);
    if (place.length + remove.length === 0) return;
    try {
      await rm(this.#record, { force: true });
      await forEachLimited(remove, 8, async (url) => {
        await rm(htmlFile(this.dir, url), { force: true });
        holds.delete(url);
      });
      await forEachLimited(place, 8, async (url) => {
        const file = htmlFile(this.dir, url);
        holds.delete(url);
        await rm(file, { force: true });
        await link(this.#source.file(url), file).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
          await mkdir(dirname(file), { recursive: true });
          await link(this.#source.file(url), file);
        });
        holds.set(url, pages.get(url)!);
      });
      await writeRecord(this.#record, this.#format, holds);
    } catch (error) {
      this.#holds = undefined;
      throw error;
    }
  }
}
