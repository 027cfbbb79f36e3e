/**
 * The search dialog's results: queries Pagefind as the reader types and lists each page with the
 * sections that match, as links straight to `page/#section`. Arrow keys move between the input
 * and the results, Enter opens the focused result (or the first one from the input), typing
 * goes back to the input, and Tab stays in the dialog.
 */
import { formatUi, pagesFound, ui } from './ui-strings.ts';
import { withoutLeadingTitle } from '../search/excerpt.ts';
import { loadPagefind, type PagefindData } from './pagefind.ts';

const MAX_PAGES = 8;
const MAX_SECTIONS = 4;

/** Appends an excerpt to an element: text as text, with only Pagefind's `<mark>` kept. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  // A textarea decodes entities and keeps whitespace, and never runs or loads anything.
  const decoder = document.createElement('textarea');
  const decode = (html: string) => {
    decoder.innerHTML = html;
    return decoder.value;
  };
  for (const part of excerpt.split(/(<mark>[\s\S]*?<\/mark>)/)) {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = decode(marked[1]!);
      target.append(mark);
    } else if (part) {
      target.append(document.createTextNode(decode(part)));
    }
  }
}

function result(url: string, title: string, excerpt: string, kind: 'page' | 'section', version?: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `search-result search-result-${kind}`;
  const link = document.createElement('a');
  link.href = url;
  const heading = document.createElement('span');
  heading.className = 'search-result-title';
  heading.textContent = title;
  if (version) {
    // A result from another version than the one being read says which.
    const badge = document.createElement('span');
    badge.className = 'search-result-version';
    badge.textContent = version;
    heading.append(' ', badge);
  }
  const text = document.createElement('span');
  text.className = 'search-result-excerpt';
  appendExcerpt(text, excerpt);
  link.append(heading, text);
  li.append(link);
  return li;
}

/** Wires the dialog to Pagefind. Called once, the first time search opens. */
export function attach(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const base = dialog.dataset.base ?? '/';
  // On a site of several versions, search the version being read, or every one.
  const version = dialog.dataset.version;
  const allVersions = dialog.querySelector<HTMLInputElement>('[data-search-all-versions]');
  const labels = JSON.parse(dialog.dataset.versionLabels ?? '{}') as Record<string, string>;
  const otherVersion = (page: PagefindData) => {
    const own = page.filters?.version?.[0];
    return own && own !== version ? (labels[own] ?? own) : undefined;
  };
  allVersions?.addEventListener('change', () => void run());
  let generation = 0;

  const pagefindPromise = loadPagefind(base);
  /** Whether Pagefind is loaded (a dev server may make its index first, for seconds on a large site). */
  let loaded = false;
  pagefindPromise.then(
    () => (loaded = true),
    () => {
      loaded = true;
      status.textContent = ui.searchUnavailable;
    },
  );

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  const render = (query: string, pages: PagefindData[]) => {
    list.replaceChildren();
    // Which query the list shows: results of earlier keystrokes are replaced as they come.
    list.dataset.query = query;
    if (query.trim() === '') {
      status.textContent = '';
      return;
    }
    if (pages.length === 0) {
      status.textContent = formatUi(ui.searchNoResults, { query });
      return;
    }
    status.textContent = pagesFound(pages.length);
    for (const page of pages) {
      const title = page.meta.title ?? page.url;
      list.append(result(page.url, title, page.excerpt, 'page', otherVersion(page)));
      page.sub_results
        .filter((sub) => sub.url !== page.url && sub.title !== title)
        .slice(0, MAX_SECTIONS)
        .forEach((sub) => list.append(result(sub.url, sub.title, withoutLeadingTitle(sub.excerpt, sub.title), 'section')));
    }
  };

  const run = async () => {
    const query = input.value;
    const mine = ++generation;
    if (query.trim() === '') return render(query, []);
    if (!loaded) status.textContent = ui.searchLoading;
    // Not loaded: the status says search is not available.
    const pagefind = await pagefindPromise.catch(() => undefined);
    if (!pagefind) return;
    const filters = version && !allVersions?.checked ? { filters: { version } } : {};
    const search = await pagefind.debouncedSearch(query, filters, 150);
    if (search === null || mine !== generation) return;
    const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((r) => r.data()));
    if (mine === generation) render(query, pages);
  };

  input.addEventListener('input', () => void run());
  dialog.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (all.length === 0) return;
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]!.focus();
    } else if (event.key === 'Enter' && document.activeElement === input && all[0]) {
      event.preventDefault();
      all[0].click();
    } else if (event.key === 'Tab') {
      // Keep Tab inside the dialog, through its input, its results and its close button.
      const stops = [input, ...all, ...dialog.querySelectorAll<HTMLElement>('button')];
      const at = stops.indexOf(document.activeElement as HTMLElement);
      event.preventDefault();
      stops[(at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length]!.focus();
    } else if (index !== -1 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing on a result goes on typing in the search box.
      input.focus();
    }
  });
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) dialog.close();
  });
  if (input.value) void run();
}
