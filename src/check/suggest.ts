/**
 * Edit distance between two strings: insertions, deletions, substitutions, and two neighbouring
 * characters swapped (`plsu` is one edit from `plus`), each one edit.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, before[j - 2]! + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `input`, if it is close enough to be what the author meant: 1 edit for
 * names of up to 3 characters, 2 up to 6, 3 beyond; case and quotes ignored.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const normalize = (s: string) => s.toLowerCase().replace(/[`'"]/g, '');
  const target = normalize(input);
  const limit = target.length <= 3 ? 1 : target.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(target, normalize(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** The candidates nearest to `input`, best first, for "anchors that exist" lists. */
export function nearest(input: string, candidates: Iterable<string>, count = 3): string[] {
  return [...new Set(candidates)]
    .map((c) => ({ c, d: editDistance(input.toLowerCase(), c.toLowerCase()) }))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, count)
    .map((x) => x.c);
}
