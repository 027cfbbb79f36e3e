/**
 * The dev server's search served as two Pagefind indexes the browser merges: the last whole index,
 * and a small one of the pages changed since, made again at each save in a few hundredths of a
 * second where a whole index takes a second at 1,000 pages. Pagefind cannot take a page out of an
 * index, so the pages the whole index holds in an older version (or no longer has) are left out of
 * the answers by their Pagefind ids.
 *
 * Pagefind merges indexes in the browser (`mergeIndex`, made for searching several sites at once):
 * `pagefind.js` is then a small module that loads Pagefind from the whole index's folder, merges
 * the small one when Pagefind starts, with the options the page gave, and drops the stale pages
 * from every answer. Nothing of this is built: the built site has one index.
 */
import { gunzipSync } from 'node:zlib';

/** Where each index's files are served, under the search's own folder (`/pagefind/`). */
export const WHOLE_FOLDER = 'whole/';
export const CHANGED_FOLDER = 'changed/';

/** What an index's `pagefind-entry.json` says of it: the languages it holds and the version of Pagefind that made it. */
export interface IndexEntry {
  languages: string[];
  version: string | undefined;
}

/** What an index's entry file says (nothing, when it cannot be read). */
export function indexEntry(files: ReadonlyMap<string, Uint8Array>): IndexEntry {
  const entry = files.get('pagefind-entry.json');
  try {
    const parsed = JSON.parse(new TextDecoder().decode(entry)) as { languages?: Record<string, unknown>; version?: unknown };
    return { languages: Object.keys(parsed.languages ?? {}).sort(), version: typeof parsed.version === 'string' ? parsed.version : undefined };
  } catch {
    return { languages: [], version: undefined };
  }
}

/**
 * Each page's Pagefind id in an index (the name of its fragment, `en_024a761`, which is what
 * Pagefind's answers name a page by), by URL. A page whose fragment cannot be read is missing.
 */
export function pageIds(files: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [path, content] of files) {
    const id = /^fragment\/(.+)\.pf_fragment$/.exec(path)?.[1];
    if (!id) continue;
    try {
      const text = gunzipSync(content).toString('utf8');
      const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url?: unknown };
      if (typeof url === 'string') ids.set(url, id);
    } catch {
      // Not a fragment as Pagefind writes them: its page stays unknown.
    }
  }
  return ids;
}

/**
 * What serving `next` from a whole index made of `whole` takes (pages named by URL, described by
 * what their search document was made from): the pages to index again (new, or changed since)
 * and the pages the whole index holds that are stale (changed since, or gone). Undefined when too
 * many pages changed or went for the whole index to stay worth it: more than two fifths of the
 * site, or more than a few on a small one (`few`). A small index costs about 1.6 ms a page, a
 * whole one 1 ms a page (0.7 ms to read, and the writing), and what a stale page's words weigh in
 * the ranking is off until the next whole index.
 */
export function changedSince(whole: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>, few = 16): { changed: string[]; stale: string[] } | undefined {
  const limit = Math.max((next.size * 2) / 5, few);
  const changed = [...next].filter(([url, made]) => whole.get(url) !== made).map(([url]) => url);
  if (changed.length > limit) return undefined;
  const stale = [...whole.keys()].filter((url) => next.get(url) !== whole.get(url));
  return stale.length > limit ? undefined : { changed, stale };
}

/**
 * Whether two indexes can be served merged: made by the same Pagefind (a whole index kept from an
 * earlier start may be older), and the small one holding no language the whole one lacks.
 * Pagefind searches the language of the reader's page, or the largest of an index when it lacks
 * that one; a language only the small index held would be searched in the whole one's largest.
 */
export function canMerge(whole: IndexEntry, changed: IndexEntry): boolean {
  return whole.version === changed.version && whole.languages.length > 0 && changed.languages.every((language) => whole.languages.includes(language));
}

/**
 * The module served as `pagefind.js`: Pagefind's own API, from the whole index's folder, merging
 * the small index (when there is one: `changed` lists its languages) once started, and leaving
 * the pages `hidden` (Pagefind ids in the whole index) out of every answer. The small index is
 * merged only for a reader whose language it holds, found as Pagefind finds it (the page's
 * `lang`, or the part before a `-`), so that it never answers in another language.
 */
export function mergingModule(whole: readonly string[], changed: readonly string[] | undefined, hidden: readonly string[]): string {
  return `// Search in the dev server: the last whole index, and the pages changed since, merged.
import * as pagefind from './${WHOLE_FOLDER}pagefind.js';
export { createInstance, mergeIndex } from './${WHOLE_FOLDER}pagefind.js';
const WHOLE = ${JSON.stringify(whole)};
const CHANGED = ${JSON.stringify(changed ?? null)};
const HIDDEN = new Set(${JSON.stringify(hidden)});
const found = (languages, lang) => (languages.includes(lang) ? lang : languages.includes(lang.split('-')[0]) ? lang.split('-')[0] : undefined);
const shown = (answer) => (answer && HIDDEN.size > 0 ? { ...answer, results: answer.results.filter((result) => !HIDDEN.has(result.id)) } : answer);
let given = {};
let started;
export async function options(options) {
  given = { ...given, ...options };
  await pagefind.options(options);
}
export function init() {
  started ??= (async () => {
    await pagefind.init();
    if (!CHANGED) return;
    const lang = String(given.language ?? (typeof document === 'undefined' ? undefined : document.querySelector('html')?.getAttribute('lang')) ?? 'unknown').toLowerCase();
    const language = found(CHANGED, lang);
    if (language === undefined || language !== found(WHOLE, lang)) return;
    const { basePath: _basePath, ...shared } = given;
    await pagefind.mergeIndex(new URL('./${CHANGED_FOLDER}', import.meta.url).href, shared);
  })();
  return started;
}
export async function search(...args) {
  await init();
  return shown(await pagefind.search(...args));
}
export async function debouncedSearch(...args) {
  await init();
  return shown(await pagefind.debouncedSearch(...args));
}
export async function preload(...args) {
  await init();
  return pagefind.preload(...args);
}
export async function filters() {
  await init();
  return pagefind.filters();
}
export async function destroy() {
  started = undefined;
  await pagefind.destroy();
}
`;
}

/**
 * The files served for a whole index and the small index of the pages changed since (none when
 * only pages were removed): each in its folder, and the module that merges them as `pagefind.js`.
 */
export function mergedFiles(whole: ReadonlyMap<string, Uint8Array>, changed: ReadonlyMap<string, Uint8Array> | undefined, hidden: readonly string[]): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [path, content] of whole) files.set(`${WHOLE_FOLDER}${path}`, content);
  for (const [path, content] of changed ?? []) files.set(`${CHANGED_FOLDER}${path}`, content);
  files.set('pagefind.js', new TextEncoder().encode(mergingModule(indexEntry(whole).languages, changed && indexEntry(changed).languages, hidden)));
  return files;
}
