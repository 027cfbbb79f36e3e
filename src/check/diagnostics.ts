import type { DiagnosticId } from './catalog.ts';

/** How serious a finding is: errors fail the build, warnings are printed. */
export type Level = 'error' | 'warning';

/** One problem found in a content file, located for the author. */
export interface Diagnostic {
  /** Path of the file, relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line, counting frontmatter lines. */
  line: number;
  /** 1-based column. */
  column: number;
  level: Level;
  /** Stable kebab-case id, noun then problem (`heading-id-duplicate`): see ./catalog.ts. */
  id: DiagnosticId;
  /** What is wrong, in the author's terms. */
  message: string;
  /** How to fix it, worked out for this case. */
  hint?: string;
  /**
   * For a problem in a partial: the `{% partial %}` tags of the pages that show it, so the author
   * sees which pages it breaks (a partial shown through another partial: that one's tag).
   */
  includedAt?: { file: string; line: number; column: number }[];
}

/**
 * The diagnostics without repeats: a partial's link checked with each page that includes it is
 * one finding.
 */
export function uniqueDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.id}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Sorts diagnostics by file, line, then column. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.id.localeCompare(b.id),
  );
}

/** Where a partial's problem shows: `Shown by docs/a.mdoc:4:1, docs/b.mdoc:6:1 and 3 more.` */
function includeSites(d: Diagnostic, listed = 5): string | undefined {
  const sites = d.includedAt ?? [];
  if (sites.length === 0) return undefined;
  const named = sites.slice(0, listed).map((s) => `${s.file}:${s.line}:${s.column}`);
  const more = sites.length - named.length;
  return `Shown by ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The closing summary line: `Found 2 errors and 1 warning in 1 file.` */
export function summarize(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.level === 'error').length;
  const warnings = list.length - errors;
  const files = new Set(list.map((d) => d.file)).size;
  return `Found ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`;
}

/**
 * Formats diagnostics for a terminal, grouped by file:
 * `path:line:col  level  id`, then the message and the hint, indented.
 */
export function formatDiagnostics(list: readonly Diagnostic[]): string {
  const blocks = sortDiagnostics(list).map((d) => {
    const lines = [`${d.file}:${d.line}:${d.column}  ${d.level}  ${d.id}`, `  ${d.message}`];
    if (d.hint) lines.push(`  ${d.hint}`);
    const shownOn = includeSites(d);
    if (shownOn) lines.push(`  ${shownOn}`);
    return lines.join('\n');
  });
  return [...blocks, summarize(list)].join('\n\n');
}

/**
 * Diagnostics as JSON for tools: the list, sorted; how many are errors and warnings; how many files
 * have problems (`filesWithProblems`) and how many pages were checked (`pagesChecked`).
 */
export function formatJson(list: readonly Diagnostic[], pagesChecked: number): string {
  const errors = list.filter((d) => d.level === 'error').length;
  return JSON.stringify(
    { diagnostics: sortDiagnostics(list), errors, warnings: list.length - errors, filesWithProblems: new Set(list.map((d) => d.file)).size, pagesChecked },
    null,
    2,
  );
}

/** Escapes a value for a GitHub Actions workflow command. */
function escapeGithub(value: string, property = false): string {
  const escaped = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

/** Diagnostics as GitHub Actions annotations (`::error file=…,line=…::message`). */
export function formatGithub(list: readonly Diagnostic[]): string {
  return sortDiagnostics(list)
    .map((d) => {
      const props = `file=${escapeGithub(d.file, true)},line=${d.line},col=${d.column},title=${escapeGithub(d.id, true)}`;
      const text = [d.message, d.hint, includeSites(d)].filter(Boolean).join('\n');
      return `::${d.level === 'error' ? 'error' : 'warning'} ${props}::${escapeGithub(text)}`;
    })
    .join('\n');
}
