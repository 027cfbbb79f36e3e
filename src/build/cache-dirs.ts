/**
 * A content folder other than the default builds with a cache folder of its own
 * (`node_modules/.astro/content-<hash>`, see ../config/env.ts). Previews and test runs of folders
 * that are deleted afterwards would leave theirs behind for good: each such cache folder names
 * its content folder (written again by every run that uses it), and every build or dev server start
 * removes those whose content folder no longer exists and that no run has used for a day, so that
 * nothing a running build or server may still read is touched. Cache folders that name none are
 * left alone.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const MARKER = 'content-dir.txt';
/** How long a cache folder is kept after its last use once its content folder is gone. */
const UNUSED_FOR_MS = 24 * 60 * 60 * 1000;
const CACHE_NAME = /^content-[0-9a-f]{10}$/;

/** Names the content folder a cache folder belongs to; the default folder's cache names none. */
export function recordContentDir(cacheDir: string, contentDir: string): void {
  if (!CACHE_NAME.test(basename(cacheDir))) return;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, MARKER), contentDir);
}

/**
 * Removes the cache folders in `cacheRoot` whose content folder is gone and that were last used
 * (named their content folder) more than a day before `now`; returns them.
 */
export function pruneContentCaches(cacheRoot: string, now = Date.now()): string[] {
  if (!existsSync(cacheRoot)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(cacheRoot)) {
    if (!CACHE_NAME.test(name)) continue;
    const dir = join(cacheRoot, name);
    let contentDir: string;
    let lastUsed: number;
    try {
      contentDir = readFileSync(join(dir, MARKER), 'utf8');
      lastUsed = statSync(join(dir, MARKER)).mtimeMs;
    } catch {
      continue;
    }
    if (contentDir !== '' && !existsSync(contentDir) && now - lastUsed > UNUSED_FOR_MS) {
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
