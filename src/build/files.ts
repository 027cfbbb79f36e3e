import { readdirSync, renameSync, writeFileSync, type Dirent } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
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

/** The file a write goes to before it takes `file`'s place: beside it, on the same file system. */
const scratchOf = (file: string) => `${file}.${process.pid}.tmp`;

/**
 * Writes a file in one step: whoever reads it (a page being served, the next start of the dev
 * server) finds it whole, as it was or as it is now, even if the process is stopped mid-write.
 * Written beside it, then renamed over it (a rename within one file system is atomic). Node has
 * no such call, and the well-kept packages that do it carry options the cache has no use for.
 */
export async function writeFileWhole(file: string, data: string): Promise<void> {
  const scratch = scratchOf(file);
  try {
    await writeFile(scratch, data);
    await rename(scratch, file);
  } catch (error) {
    await rm(scratch, { force: true });
    throw error;
  }
}

/** {@link writeFileWhole}, synchronously. */
export function writeFileWholeSync(file: string, data: string): void {
  const scratch = scratchOf(file);
  writeFileSync(scratch, data);
  renameSync(scratch, file);
}
