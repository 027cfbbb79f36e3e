/**
 * A problem in a partial is reported once, in the partial's own file; this adds where it shows:
 * the `{% partial %}` tag of each page that includes it, directly or through other partials.
 */
import type { PageFacts } from './check-page.ts';
import type { Diagnostic } from './diagnostics.ts';

interface Partials {
  /** The partial of a file, by its path as diagnostics name it; undefined for other files. */
  partialOf: (file: string) => string | undefined;
  /** Every partial shown by including these (themselves, and those they include in turn). */
  closure: (names: string[]) => string[];
}

/** The diagnostics, those in partials with {@link Diagnostic.includedAt} filled in. */
export function withIncludeSites(diagnostics: readonly Diagnostic[], pages: readonly PageFacts[], partials: Partials): Diagnostic[] {
  // Each partial, with the include tags that show it: a page's tag shows every partial in its closure.
  const sites = new Map<string, { file: string; line: number; column: number }[]>();
  for (const page of pages) {
    for (const include of page.includes ?? []) {
      for (const name of partials.closure([include.href])) {
        const list = sites.get(name) ?? [];
        if (!list.some((s) => s.file === page.file && s.line === include.line)) list.push({ file: page.file, line: include.line, column: include.column });
        sites.set(name, list);
      }
    }
  }
  return diagnostics.map((d) => {
    const name = partials.partialOf(d.file);
    const found = name === undefined ? undefined : sites.get(name);
    if (!found || found.length === 0) return d;
    const includedAt = [...found].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return { ...d, includedAt };
  });
}
