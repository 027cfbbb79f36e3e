import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/** A process as a line of `/proc/PID/stat` describes it. */
export interface ProcStat {
  pid: number;
  /** The program's name, as the kernel keeps it (15 characters at most). */
  name: string;
  parent: number;
}

/** Reads a line of `/proc/PID/stat`: `pid (name) state ppid …`, where the name may hold spaces and parentheses. */
export function parseProcStat(line: string): ProcStat | undefined {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(line.slice(0, open).trim());
  const parent = Number(line.slice(close + 2).split(' ')[1]);
  if (!Number.isInteger(pid) || !Number.isInteger(parent)) return undefined;
  return { pid, name: line.slice(open + 1, close), parent };
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
      const stat = parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (!stat || stat.parent !== process.pid || !stat.name.startsWith(name)) continue;
      for (const thread of readdirSync(`/proc/${entry}/task`)) setPriority(Number(thread), niceness);
      lowered++;
    } catch {
      // It ended meanwhile.
    }
  }
  return lowered;
}
