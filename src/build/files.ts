import { readdirSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The files among a recursive listing of `dir`, as sorted forward-slash paths relative to it. */
function relativeFiles(dir: string, entries: Dirent[]): string[] {
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** A listing of a folder that is missing: nothing. */
function missingAsEmpty(error: unknown): string[] {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
  throw error;
}

/** Lists the files under a folder, as forward-slash paths relative to it; none if it is missing. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    return relativeFiles(dir, await readdir(dir, { recursive: true, withFileTypes: true }));
  } catch (error) {
    return missingAsEmpty(error);
  }
}

/** {@link listFiles}, synchronously: for a few hundred files, cheaper than waiting on the thread pool. */
export function listFilesSync(dir: string): string[] {
  try {
    return relativeFiles(dir, readdirSync(dir, { recursive: true, withFileTypes: true }));
  } catch (error) {
    return missingAsEmpty(error);
  }
}
