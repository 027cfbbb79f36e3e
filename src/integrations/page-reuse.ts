import { existsSync } from 'node:fs';
import { copyFile, link, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { forEachLimited } from '../build/concurrency.ts';
import type { Manifest } from '../build/manifest.ts';
import { htmlFile } from '../build/page-reuse.ts';

/** Puts a file of the previous build into this one: a hard link where the file system allows it. */
async function carryFile(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/**
 * Carries the docs pages the build planned to take unchanged (see src/build/docs-site.ts) from
 * the previous build into this one: their `index.html` and `index.md`. Returns their URLs.
 */
export async function carryPages(manifest: Manifest, previousDir: string | undefined, outDir: string): Promise<string[]> {
  const carried = Object.values(manifest.pages)
    .filter((page) => page.planned?.carried)
    .map((page) => page.url);
  if (!previousDir) return [];
  await forEachLimited(carried, 8, async (url) => {
    await mkdir(join(outDir, url), { recursive: true });
    await carryFile(htmlFile(previousDir, url), htmlFile(outDir, url));
    const markdown = join(previousDir, url, 'index.md');
    if (existsSync(markdown)) await carryFile(markdown, join(outDir, url, 'index.md'));
  });
  return carried;
}
