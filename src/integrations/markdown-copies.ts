import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readPageContent } from '../build/content-cache.ts';
import type { Manifest } from '../build/manifest.ts';
import { markdownCopy } from '../pipeline/markdown.ts';

/**
 * Writes every page's Markdown copy (`<page>/index.md`) at the end of a build, straight from the
 * content files the loader made. As a route, each copy cost a render and its bookkeeping: a
 * second of a 1,000-page build for what is a file copy. The dev server serves the same copies
 * from `src/pages/[...path].md.ts`. Copies already in place came with their page from the
 * previous build and are left as they are: they may be links to that build's files.
 * Returns how many it wrote and how many were in place.
 */
export async function writeMarkdownCopies(manifest: Manifest, outDir: string): Promise<{ written: number; kept: number }> {
  let written = 0;
  let kept = 0;
  for (const page of Object.values(manifest.pages)) {
    const folder = join(outDir, page.url);
    const file = join(folder, 'index.md');
    if (existsSync(file)) {
      kept++;
      continue;
    }
    await mkdir(folder, { recursive: true });
    const { markdown } = readPageContent(page.content);
    await writeFile(file, markdownCopy(page.title, page.description, markdown));
    written++;
  }
  return { written, kept };
}
