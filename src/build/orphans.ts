/**
 * Throw-away files and folders named after the process that makes them (`<prefix><pid>-…`). A
 * process stopped by a signal (a build or a dev server stopped with Ctrl+C, or killed) cannot
 * remove its own, so the next process that makes one of a kind removes those of processes that are
 * gone: in a memory-backed folder (/dev/shm), a folder left behind would hold memory until the
 * machine restarts. Only what is older than a few minutes is removed: a process of another
 * container that shares the folder is not one this process can see.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a process with this id exists (signal 0 asks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The start of the name of a throw-away file or folder of this process (`mkdtemp` adds the rest). */
export function ownPrefix(prefix: string, pid: number = process.pid): string {
  return `${prefix}${pid}-`;
}

/** How old what a process left must be to be removed: longer than a build's search step at 20,000 pages. */
const ORPHAN_AGE_MS = 10 * 60 * 1000;

/** The folders and kinds already swept by this process. */
const swept = new Set<string>();

/**
 * Removes from `dir` what processes that are gone left of a kind (`prefix`) more than
 * {@link ORPHAN_AGE_MS} before `now`; once per folder and kind in a process. Returns the names removed.
 */
export function removeOrphans(dir: string, prefix: string, self: number = process.pid, alive: (pid: number) => boolean = isAlive, now: number = Date.now()): string[] {
  const key = `${dir}\0${prefix}\0${self}`;
  if (swept.has(key)) return [];
  swept.add(key);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (!pid || pid === self || alive(pid)) continue;
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs < ORPHAN_AGE_MS) continue;
    } catch {
      continue;
    }
    rmSync(path, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
