import type { DiagnosticId } from './catalog';

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
      const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
      return `::${d.level === 'error' ? 'error' : 'warning'} ${props}::${escapeGithub(text)}`;
    })
    .join('\n');
}
