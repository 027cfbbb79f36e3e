import { diagnose } from './catalog.ts';
import { resolveLink } from './check-links.ts';
import type { PageFacts } from './check-page.ts';
import type { Diagnostic } from './diagnostics.ts';
import { translatedUrl } from '../site/urls.ts';
import type { SiteLanguages } from '../config/languages.ts';
import type { TranslationStatus } from './translation-status.ts';

/** Tells how a translation stands against its source (see ./translation-status.ts). */
export type StatusOf = (translation: PageFacts, source: PageFacts) => TranslationStatus;

/** The default language's pages by URL, and each translated language's by the URL of their source. */
function byLanguage(pages: readonly PageFacts[], languages: Pick<SiteLanguages, 'translated'>) {
  const source = new Map<string, PageFacts>();
  const translated = new Map<string, Map<string, PageFacts>>(languages.translated.map((l) => [l.tag, new Map()]));
  for (const page of pages) {
    if (page.lang === undefined) source.set(page.url, page);
    // `/fr/docs/a/` translates `/docs/a/`.
    else translated.get(page.lang)?.set(page.url.slice(page.lang.length + 1), page);
  }
  return { source, translated };
}

/**
 * The pages a translated language publishes in the default language's stead (not translated
 * yet), as link targets: same anchors as their source, at the language's URL. Links from them
 * are their source's, checked there.
 */
export function fallbackTargets(pages: readonly PageFacts[], languages: Pick<SiteLanguages, 'translated'>): PageFacts[] {
  const { source, translated } = byLanguage(pages, languages);
  const targets: PageFacts[] = [];
  for (const [tag, own] of translated) {
    for (const [url, page] of source) {
      if (own.has(url)) continue;
      targets.push({ file: page.file, url: translatedUrl(url, tag), anchors: page.anchors, anchorPlaces: {}, links: [], images: [], redirectFrom: [], includes: [], lang: tag, ...(page.version ? { version: page.version } : {}) });
    }
  }
  return targets;
}

/**
 * What a translation owes its source: to exist (a translation of no page is published nowhere),
 * to keep every id its source's author wrote (a link to `/fr/docs/a/#scopes` must land as one to
 * `/docs/a/#scopes` does), and to link the language's own pages where they are translated.
 */
export function checkTranslations(pages: readonly PageFacts[], languages: Pick<SiteLanguages, 'translated'>, statusOf?: StatusOf): Diagnostic[] {
  const { source, translated } = byLanguage(pages, languages);
  const out: Diagnostic[] = [];
  for (const [tag, own] of translated) {
    for (const [url, page] of own) {
      const original = source.get(url);
      if (!original) {
        out.push(diagnose('translation-orphan', { file: page.file, line: 1, column: 1 }, { tag, url }));
        continue;
      }
      const status = statusOf?.(page, original);
      const at = { file: page.file, line: 1, column: 1 };
      if (status?.kind === 'behind-git') out.push(diagnose('translation-behind', at, { source: original.file, commits: status.commits, since: status.since.slice(0, 10), sections: status.sections }));
      if (status?.kind === 'behind-digest') out.push(diagnose('translation-digest-behind', at, { source: original.file, recorded: status.recorded, current: status.current }));
      const has = new Set(page.anchors);
      // Where the translation's own headings are, in order: a missing id is reported at the
      // heading in the place its source's has.
      const ownOrder = page.anchors.filter((id) => page.anchorPlaces[id]);
      const sourceOrder = original.anchors.filter((id) => original.anchorPlaces[id]);
      for (const id of original.explicitAnchors ?? []) {
        if (has.has(id)) continue;
        const near = ownOrder[sourceOrder.indexOf(id)];
        const place = (near && page.anchorPlaces[near]) || { line: 1, column: 1 };
        const written = original.anchorPlaces[id] ?? { line: 1, column: 1 };
        out.push(diagnose('translation-anchor-missing', { file: page.file, ...place }, { id, source: `${original.file}:${written.line}:${written.column}`, heading: near }));
      }
      for (const link of page.links) {
        let target: ReturnType<typeof resolveLink>;
        try {
          target = resolveLink(link.href, page.url);
        } catch {
          continue;
        }
        const path = target.path.endsWith('/') ? target.path : `${target.path}/`;
        if (!source.has(path) || !own.has(path) || !/^\/|^\.\.?\//.test(link.href)) continue;
        const fix = `${translatedUrl(path, tag)}${target.fragment !== undefined ? `#${target.fragment}` : ''}`;
        out.push(diagnose('translation-link-untranslated', { file: link.file ?? page.file, line: link.line, column: link.column }, { href: link.href, fix }));
      }
    }
  }
  return out;
}

/** One language's row of `npm run check -- --translations`. */
export interface TranslationRow {
  tag: string;
  label: string;
  /** Pages of the default language. */
  total: number;
  translated: number;
  /** Translated, but behind their source. */
  behind: number;
  missing: number;
}

/** How far each language's translation has come: translated, behind and missing pages. */
export function translationTable(pages: readonly PageFacts[], languages: Pick<SiteLanguages, 'translated'>, statusOf?: StatusOf): TranslationRow[] {
  const { source, translated } = byLanguage(pages, languages);
  return languages.translated.map((language) => {
    const own = translated.get(language.tag)!;
    let done = 0;
    let behind = 0;
    for (const [url, original] of source) {
      const page = own.get(url);
      if (!page) continue;
      done++;
      if ((statusOf?.(page, original).kind ?? 'current') !== 'current') behind++;
    }
    return { tag: language.tag, label: language.label, total: source.size, translated: done, behind, missing: source.size - done };
  });
}

/** The table `npm run check -- --translations` prints. */
export function formatTranslationTable(rows: readonly TranslationRow[]): string {
  if (rows.length === 0) return 'This site has no translations: add a folder content/i18n/<tag>/docs/ to start one.\n';
  const percent = (n: number, total: number) => (total === 0 ? '–' : `${Math.round((n / total) * 100)}%`);
  const table = [
    ['language', 'translated', 'behind', 'missing'],
    ...rows.map((r) => [`${r.tag} (${r.label})`, `${r.translated} (${percent(r.translated, r.total)})`, `${r.behind} (${percent(r.behind, r.total)})`, `${r.missing} (${percent(r.missing, r.total)})`]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  return `${table.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd()).join('\n')}\n`;
}
