/**
 * Pagefind begins a section's excerpt at its heading, so "Scopes" would read "Scopes. Name.
 * Description…" under a result already titled Scopes. The heading's words are taken off the start
 * of the excerpt; the `<mark>` tags Pagefind puts around matched words are kept wherever they are.
 */
export function withoutLeadingTitle(excerpt: string, title: string): string {
  const wanted = title.trim().toLowerCase();
  if (wanted === '') return excerpt;
  let taken = '';
  let i = 0;
  // Walk the excerpt's text, stepping over tags, while it spells the title.
  while (i < excerpt.length && taken.length < wanted.length) {
    if (excerpt[i] === '<') {
      const end = excerpt.indexOf('>', i);
      if (end === -1) return excerpt;
      i = end + 1;
      continue;
    }
    taken += excerpt[i]!.toLowerCase();
    if (!wanted.startsWith(taken)) return excerpt;
    i++;
  }
  if (taken !== wanted) return excerpt;
  // The heading's closing tags, then the sentence end Pagefind adds after it.
  const rest = excerpt.slice(i);
  const closing = /^(?:<\/mark>)*/.exec(rest)![0];
  const after = rest.slice(closing.length);
  const separator = /^[.:]?\s+/.exec(after);
  if (!separator) return excerpt;
  const remaining = after.slice(separator[0].length);
  return remaining === '' ? excerpt : remaining;
}
