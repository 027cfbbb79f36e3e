/**
 * A content folder other than the default builds with a cache folder of its own
 * (`node_modules/.astro/content-<hash>`, see ../config/env.ts). Previews and test runs of folders
 * that are deleted afterwards would leave theirs behind for good: each such cache folder names
 * its content folder, and every build or dev server start removes those whose content folder no
 * longer exists. Cache folders that name none (written by older versions) are left alone.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const MARKER = 'content-dir.txt';
const CACHE_NAME = /^content-[0-9a-f]{10}$/;

/** Names the content folder a cache folder belongs to; the default folder's cache names none. */
export function recordContentDir(cacheDir: string, contentDir: string): void {
  if (!CACHE_NAME.test(basename(cacheDir))) return;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, MARKER), contentDir);
}

/** Removes the cache folders beside `cacheDir` (or in it, for the default one) whose content folder is gone; returns them. */
export function pruneContentCaches(cacheRoot: string): string[] {
  if (!existsSync(cacheRoot)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(cacheRoot)) {
    if (!CACHE_NAME.test(name)) continue;
    const dir = join(cacheRoot, name);
    let contentDir: string;
    try {
      contentDir = readFileSync(join(dir, MARKER), 'utf8');
    } catch {
      continue;
    }
    if (contentDir !== '' && !existsSync(contentDir)) {
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    }
  }
  return removed;
}

/** The folder holding every content folder's cache, for a run's cache folder. */
export function cacheRootOf(cacheDir: string): string {
  return CACHE_NAME.test(basename(cacheDir)) ? dirname(cacheDir) : cacheDir;
}
