import { resolve } from 'node:path';
import { formatDiagnostics, sortDiagnostics, type Diagnostic } from './diagnostics.ts';

/** An error Astro's dev overlay shows with its file, line and column. */
export interface OverlayError extends Error {
  loc?: { file: string; line: number; column: number };
  hint?: string;
}

/**
 * The error the dev server throws for a page with errors, so the overlay shows them located in
 * the file; nothing when the page has none. Warnings stay in the terminal.
 */
export function pageOverlayError(diagnostics: readonly Diagnostic[], root: string): OverlayError | undefined {
  const errors = sortDiagnostics(diagnostics.filter((d) => d.level === 'error'));
  const first = errors[0];
  if (!first) return undefined;
  const error: OverlayError = new Error(formatDiagnostics(errors));
  error.name = first.id;
  error.loc = { file: resolve(root, first.file), line: first.line, column: first.column };
  if (first.hint) error.hint = first.hint;
  error.stack = '';
  return error;
}
