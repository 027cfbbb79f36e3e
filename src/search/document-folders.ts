/**
 * The folder the dev server's search is made from: the pages' search documents (Pagefind reads a
 * folder whole, much faster than pages handed one by one). It keeps a record beside it of what
 * each document was made from, so that the next start rewrites only what changed since. Pages are
 * named by URL and described by what their document was made from.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { forEachLimited } from '../build/concurrency.ts';
import { writeFileWhole } from '../build/files.ts';
import { htmlFile } from '../build/page-reuse.ts';

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
