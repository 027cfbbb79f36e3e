import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { basename } from 'node:path';

/** Reads a line of `/proc/PID/stat` (`pid (name) state ppid …`, the name may hold spaces and parentheses): the process's parent. */
export function parentOf(stat: string): number | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  const parent = Number(stat.slice(close + 2).split(' ')[1]);
  return Number.isInteger(parent) ? parent : undefined;
}

/**
 * The name of the program a process runs, from `/proc/PID/cmdline` (its arguments, each ended by
 * a NUL). The name in `stat` is not it: it is the main thread's, which a program may rename
 * (Node calls its own "MainThread").
 */
export function programOf(cmdline: string): string {
  return basename(cmdline.split('\0')[0] ?? '');
}

/**
 * Lowers the CPU priority of this process's children whose program's name starts with `name`,
 * every thread of them (Linux sets priorities per thread; threads made later inherit it). Returns
 * how many it lowered. Pagefind's Node API starts its indexer as a child process and offers no
 * way to set its priority; the dev server lowers it so that Pagefind, which indexes on every core,
 * never holds up a page being answered. Reads `/proc`: elsewhere than Linux it does nothing.
 */
export function lowerChildrenPriority(name: string, niceness = 10): number {
  let lowered = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return 0;
  }
  for (const entry of entries) {
    try {
      if (parentOf(readFileSync(`/proc/${entry}/stat`, 'utf8')) !== process.pid) continue;
      if (!programOf(readFileSync(`/proc/${entry}/cmdline`, 'utf8')).startsWith(name)) continue;
      for (const thread of readdirSync(`/proc/${entry}/task`)) {
        try {
          setPriority(Number(thread), niceness);
        } catch {
          // A thread that ended meanwhile.
        }
      }
      lowered++;
    } catch {
      // A process that ended meanwhile.
    }
  }
  return lowered;
}
