/** Search in the dev server: an index kept in step with what the pipeline compiled, served from memory. */
import { mkdirSync, readFileSync, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { BackgroundQueue, forEachLimited } from '../build/concurrency.ts';
import { readPageContent } from '../build/content-cache.ts';
import { writeFileWhole } from '../build/files.ts';
import { parseManifest } from '../build/manifest.ts';
import { sourcesDigest } from '../build/fingerprint.ts';
import { isSettled, onBackgroundPage, whenChecked, whenSettled, type BackgroundPage } from '../build/live-entries.ts';
import { DocumentFolder } from './document-folders.ts';
import { fedIndex, pagesToAdd, type FedIndex } from './fed-index.ts';
import { addPage, buildIndex, closeService, createIndex, releaseAll, servedFiles } from './pagefind-index.ts';
import { canMerge, changedSince, indexEntry, mergedFiles, pageIds, type IndexEntry } from './split-index.ts';
import { decodeIndex, encodeIndex } from './stored-index.ts';
import { compiledSearchDocument } from './search-index.ts';

/**
 * How long after the manifest last changed the dev server's index is built again, unless a search
 * asks for it first: long enough for an editor that writes a file twice on save, or a branch
 * checked out, to make one index. The loader writes the manifest once the page the browser asks
 * for again after a save is answered (see src/build/docs-loader.ts), so the index does not take
 * the CPU from it. At 1,000 pages, where finishing an index takes about a second, a search made a
 * second after a save was answered 1.5-2.1 s after the save (median 1.9 s of six), against
 * 2.3-2.5 s when the index waited a second.
 */
const FOLLOW_AFTER_MS = 250;

/**
 * Search in the dev server, indexed in memory from what the pipeline compiled (the manifest and
 * the content files: see src/build/manifest.ts), never by fetching pages from the server. The
 * index is built as soon as the server listens; from then on, each time the loader rewrites the
 * manifest (a page, a partial or a title saved), it is built again shortly after the last change,
 * or at once when a search asks for it (which waits for it, so it finds the edit). Documents of
 * unchanged pages are kept between builds, and while few pages changed since the last whole index,
 * a change makes only a small index of them (see servedMerged).
 */
export function serveSearchInDev(server: ViteDevServer, logger: AstroIntegrationLogger, options: { root: string; manifestFile: string; base: string; lang: string }): void {
  const { root, manifestFile, base, lang } = options;
  /** How documents are made: the language and this code. */
  const format = `${lang}\0${sourcesDigest(root, ['src/search'])}`;
  /** How a kept index was made: as documents are, by this code. */
  const storedFormat = `${format}\0index`;
  /**
   * The pages' search documents, each rewritten only when its page's content file or title
   * changed, kept beside the manifest so that the next start rewrites only what changed since.
   */
  const documents = new DocumentFolder(join(dirname(manifestFile), 'dev-search'), format);
  /** The last whole index, kept between starts (see ./stored-index.ts). */
  const storedFile = join(dirname(manifestFile), 'dev-search-index.bin');
  /** What each page's document was made from, by URL: its content file (named by the page's digest) and title. */
  let written = documents.recorded();
  /** How many pages the documents kept from the last start hold. */
  const lastStart = written.size;
  let files: Map<string, Uint8Array> | undefined;
  /** The index before the last build: a reader's browser may still ask for its chunks. */
  let previous: Map<string, Uint8Array> | undefined;
  let building: Promise<Map<string, Uint8Array>> | undefined;
  let stale = false;
  /** The manifest the index was last built from, as text. */
  let indexed: string | undefined;
  const manifestText = () => {
    try {
      return readFileSync(manifestFile, 'utf8');
    } catch {
      return '';
    }
  };

  /** A page as its search document is made from it. */
  type SearchPage = { content: string; title: string; lang?: string; version?: string };
  /** The version a page's document names: on a site of several versions, each page says which it is in, as built pages do. */
  const versionOf = (page: SearchPage, versioned: boolean) => (versioned ? (page.version ?? 'current') : undefined);
  /** What a page's search document is made from: its content file, title, language and version. */
  const madeOf = (page: SearchPage, versioned: boolean) => `${page.content}\0${page.title}\0${page.lang ?? lang}\0${versionOf(page, versioned) ?? ''}`;
  const documentOf = (page: SearchPage, versioned: boolean) => {
    const version = versionOf(page, versioned);
    return compiledSearchDocument({ title: page.title, lang: page.lang ?? lang, body: readPageContent(page.content).body, ...(version ? { version } : {}) });
  };

  /**
   * On a large site's first start, the loader compiles most pages in the background (see
   * src/build/docs-loader.ts) and the index waits for them all. Each is given to Pagefind as it is
   * compiled, so that the index is almost made when the last one is: Pagefind works in a process
   * of its own, on the core the loader leaves free. Checked against the manifest once every page
   * is compiled: a page saved meanwhile makes the index again from scratch.
   */
  let early: FedIndex | undefined;
  /** Whether search answers from the last start's index meanwhile (see lastStartIndex). */
  let fromLastStart = false;
  const documentWrites = new BackgroundQueue(8);
  const stopFeeding = onBackgroundPage((page: BackgroundPage) => {
    if (files || fromLastStart) return;
    try {
      const madeFrom = madeOf(page, page.versioned);
      const html = documentOf(page, page.versioned);
      early ??= fedIndex('dev');
      early.add(page.url, madeFrom, html);
      void documentWrites.add(async () => {
        await documents.write(page.url, html);
        written.set(page.url, madeFrom);
      });
    } catch {
      // Its content file is being replaced: the index is made from the manifest then.
    }
  });
  server.httpServer?.on('close', stopFeeding);

  /**
   * The index fed page by page, finished with the pages of `next` it lacks; undefined, and the
   * index let go, when it does not fit (see pagesToAdd).
   */
  const finishEarly = async (fed: FedIndex, next: Map<string, string>) => {
    const created = await fed.done().catch(() => undefined);
    if (!created) return undefined;
    const lacking = pagesToAdd(fed.fed, next);
    try {
      if (!lacking) throw new Error('It holds a page changed since, or lacks too many.');
      for (const url of lacking) await addPage(created.index, url, await readFile(documents.file(url), 'utf8'));
      return created;
    } catch {
      await created.discard();
      return undefined;
    }
  };

  /**
   * Until every page is compiled, the last start's index (kept, or made from the documents the
   * last start kept): a start after the code that compiles pages changed compiles every page
   * again, and search answers from the pages as they were meanwhile (the index follows the
   * manifest the loader writes at the end).
   */
  const lastStartIndex = async (): Promise<Map<string, Uint8Array>> => {
    const started = performance.now();
    // The pages compiled from now on wait for the index made once they all are.
    fromLastStart = true;
    // The pages fed so far are not needed.
    void early?.discard();
    early = undefined;
    let served: Map<string, Uint8Array>;
    let words: number | undefined;
    let pages: number;
    if (whole) {
      ({ files: served, words } = whole);
      pages = whole.holds.size;
    } else {
      const built = await buildIndex(documents.dir, 'dev');
      served = await servedFiles(built.index);
      words = await built.words();
      pages = lastStart;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(`Search answers from the last start's index (${pages} pages, ${words ?? '?'} words, in ${seconds}s) until every page is compiled again.`);
    return served;
  };

  /**
   * The last whole index, and what each of its pages was made from. While few pages changed since,
   * a change is served as this index and a small one of those pages, which the browser merges,
   * leaving this index's stale pages out (see ./split-index.ts): the small index is all a save
   * waits for. Once too many changed, the next change makes a whole index again.
   */
  type WholeIndex = { holds: Map<string, string>; files: Map<string, Uint8Array>; words: number | undefined; entry: IndexEntry; ids?: Map<string, string> };
  let whole: WholeIndex | undefined;
  /** Takes a whole index as the one to serve changes from, and reads its pages' ids before the next save needs them (0.12-0.16 s at 5,000 pages). */
  const useWhole = (index: Omit<WholeIndex, 'entry' | 'ids'>) => {
    const made: WholeIndex = { ...index, entry: indexEntry(index.files) };
    whole = made;
    setTimeout(() => (made.ids ??= pageIds(made.files)), 0).unref();
  };
  /** Keeps a whole index for the next start, one write at a time, after the answer it is made for. */
  let storing: Promise<unknown> = Promise.resolve();
  const store = (index: WholeIndex) => {
    storing = storing.then(() => writeFileWhole(storedFile, encodeIndex({ format: storedFormat, holds: index.holds, words: index.words, files: index.files }))).catch(() => undefined);
  };
  /** The whole index the last start kept, taken as the server starts. */
  const storedRead = readFile(storedFile)
    .then((bytes) => decodeIndex(bytes, storedFormat))
    .catch(() => undefined)
    .then((stored) => {
      if (stored && !whole) useWhole(stored);
    });

  /** A small index of some pages, as their documents are now. */
  const smallIndex = async (urls: readonly string[]): Promise<Map<string, Uint8Array>> => {
    const created = await createIndex('dev');
    try {
      for (const url of urls) await addPage(created.index, url, await readFile(documents.file(url), 'utf8'));
    } catch (error) {
      await created.discard();
      throw error;
    }
    return servedFiles(created.index).finally(() => created.release());
  };

  /** `next` served from the last whole index and a small one of the pages changed since; undefined when it cannot be (see changedSince). */
  const servedMerged = async (next: Map<string, string>): Promise<{ files: Map<string, Uint8Array>; changed: number } | undefined> => {
    const since = whole && changedSince(whole.holds, next);
    if (!whole || !since) return undefined;
    let { changed, stale } = since;
    // Nothing changed since (a start that kept the last index): the whole index as it is.
    if (changed.length === 0 && stale.length === 0) return { files: whole.files, changed: 0 };
    const ids = (whole.ids ??= pageIds(whole.files));
    // A stale page the index names by no id could not be left out.
    if (stale.some((url) => !ids.has(url))) return undefined;
    let small: Map<string, Uint8Array> | undefined;
    if (changed.length > 0) {
      small = await smallIndex(changed);
      // A page changed in what it was made from but not in its document has the same id in both
      // indexes: it stays as the whole index has it, and the small index is made without it.
      const smallIds = pageIds(small);
      const same = changed.filter((url) => smallIds.get(url) === ids.get(url));
      if (same.length > 0) {
        changed = changed.filter((url) => !same.includes(url));
        stale = stale.filter((url) => !same.includes(url));
        small = changed.length > 0 ? await smallIndex(changed) : undefined;
      }
    }
    if (small && !canMerge(whole.entry, indexEntry(small))) return undefined;
    return { files: mergedFiles(whole.files, small, stale.map((url) => ids.get(url)!)), changed: changed.length };
  };

  const rebuild = async (): Promise<Map<string, Uint8Array>> => {
    await storedRead;
    if (!files && !isSettled('docs') && (lastStart > 0 || whole)) return lastStartIndex();
    // A large site's dev server serves before it has compiled every page: the index waits for
    // them all (and for the manifest the loader then writes).
    await whenSettled('docs');
    const text = manifestText();
    if (files && text === indexed) return files;
    const started = performance.now();
    await documentWrites.drain().catch(() => undefined);
    const next = new Map<string, string>();
    // A few documents written at once: the thread pool writes while the next ones are made.
    // The manifest as read above: the index is recorded as made from that text.
    const pages = Object.values(parseManifest(text).pages);
    const versioned = pages.some((page) => page.version !== undefined);
    await forEachLimited(pages, 8, async (page) => {
      const made = madeOf(page, versioned);
      if (written.get(page.url) !== made) {
        try {
          await documents.write(page.url, documentOf(page, versioned));
        } catch {
          return; // Its content file is being replaced: the next build of the index has it.
        }
      }
      next.set(page.url, made);
    });
    await documents.remove([...written.keys()].filter((url) => !next.has(url)));
    written = next;
    await documents.record(written);
    const fed = early;
    early = undefined;
    const merged = await servedMerged(next);
    let served: Map<string, Uint8Array>;
    let how: string;
    if (merged) {
      // An index fed meanwhile is not needed: it is let go, with what Pagefind's service keeps of it.
      void fed?.discard();
      served = merged.files;
      how = merged.files === whole?.files ? 'the last whole index: nothing changed since' : `the last whole index and ${merged.changed} ${merged.changed === 1 ? 'page' : 'pages'} changed since`;
    } else {
      const { index, words } = (fed && (await finishEarly(fed, next))) ?? (await buildIndex(documents.dir, 'dev'));
      served = await servedFiles(index);
      const count = await words();
      useWhole({ holds: next, files: served, words: count });
      store(whole!);
      how = `${count ?? '?'} words`;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(`Search index ready: ${next.size} pages (${how}), in ${seconds}s.`);
    indexed = text;
    return served;
  };

  /** Builds the index, once at a time; a change during a build starts another after it. */
  const refresh = (): Promise<Map<string, Uint8Array>> => {
    if (building) {
      stale = true;
      return building;
    }
    stale = false;
    building = rebuild()
      .then((result) => {
        previous = files;
        files = result;
        return result;
      })
      .finally(() => {
        building = undefined;
        if (stale) void refresh().catch(() => {});
      });
    return building;
  };

  // The loader replaces the manifest after every change it takes in: once search has been used,
  // the index follows it, shortly after the last change (see FOLLOW_AFTER_MS), or at once when a
  // search asks for it.
  let behind: NodeJS.Timeout | undefined;
  const follow = async () => {
    clearTimeout(behind);
    behind = undefined;
    // A build under way started before the change.
    while (building) await building.catch(() => undefined);
    return refresh();
  };
  mkdirSync(dirname(manifestFile), { recursive: true });
  /** Whether the server has closed: an index it was building then fails, as its service is closed. */
  let closed = false;
  const reportFailure = (error: unknown) => {
    if (!closed) logger.error(`Search index failed: ${String(error)}`);
  };
  const watcher = watch(dirname(manifestFile), (_event, name) => {
    if (name !== basename(manifestFile) || !(files || building)) return;
    clearTimeout(behind);
    behind = setTimeout(() => void follow().catch(reportFailure), FOLLOW_AFTER_MS);
  });
  server.httpServer?.on('close', () => {
    closed = true;
    watcher.close();
    clearTimeout(behind);
    void closeService();
    releaseAll();
  });

  // Built as soon as the server listens, so that the first search finds the index ready or under
  // way: Pagefind runs at a lower priority, and the first page is served no later for it (at 5,000
  // pages the first answer came 3 s sooner than when the index waited for the first page served,
  // and the server was ready as soon).
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void refresh().catch(reportFailure);
  };
  server.httpServer?.once('listening', start);
  server.middlewares.use((request: IncomingMessage, _response: ServerResponse, next: () => void) => {
    start();
    next();
  });

  const prefix = `${base}pagefind/`;
  server.middlewares.use(async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = (req.url ?? '').split('?')[0]!;
    if (!url.startsWith(prefix)) return next();
    try {
      // While the index is behind a change or being built again, wait for it: a search then
      // finds the last save. A change just taken in is checked once the page that shows it is
      // answered, and the checks write the manifest: a search made meanwhile waits for them, and
      // then for the index of that manifest (read only then: it is megabytes on a large site,
      // and the watcher that sets `behind` may not have heard of it yet).
      const checked = await whenChecked('docs');
      const outdated = behind !== undefined || (checked && files !== undefined && isSettled('docs') && manifestText() !== indexed);
      const current = outdated ? await follow() : building ? await building : (files ?? (await refresh()));
      const path = url.slice(prefix.length);
      const body = current.get(path) ?? previous?.get(path);
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
