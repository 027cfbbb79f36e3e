/** A heading found on a page. */
export interface Heading {
  /** 1 to 6. */
  depth: number;
  /** The heading's id, its anchor. */
  slug: string;
  /** The heading's text, as readers see it. */
  text: string;
}

/** An entry of the "On this page" list, with the entries nested under it. */
export interface TocEntry extends Heading {
  children: TocEntry[];
}

/** Options for {@link buildToc}. */
export interface TocOptions {
  /** Shallowest heading level listed (default 2). */
  minDepth?: number;
  /** Deepest heading level listed (default 3). */
  maxDepth?: number;
}

/**
 * Builds the "On this page" tree: headings between `minDepth` and `maxDepth`, each nested under
 * the closest preceding shallower heading. A heading deeper than its predecessor by more than one
 * level is nested one level down, never dropped.
 */
export function buildToc(headings: readonly Heading[], options: TocOptions = {}): TocEntry[] {
  const minDepth = options.minDepth ?? 2;
  const maxDepth = options.maxDepth ?? 3;
  const root: TocEntry[] = [];
  const stack: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const entry: TocEntry = { ...heading, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= entry.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : root).push(entry);
    stack.push(entry);
  }
  return root;
}
