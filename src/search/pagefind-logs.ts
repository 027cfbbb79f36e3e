/**
 * Pagefind's logs, one per index (how many words an index holds is read from its log: see
 * createIndex in ./pagefind-index.ts). Each is removed once read, or when its index is given up;
 * those of a process stopped by a signal are removed by the next (see src/build/orphans.ts).
 */
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isAlive, ownPrefix, removeOrphans } from '../build/orphans.ts';

const PREFIX = 'pagefind-';

/** The logs of one process, in a folder (the system's temporary folder). */
export class LogFiles {
  /** The logs made and not removed yet. */
  readonly #open = new Set<string>();

  readonly dir: string;
  readonly pid: number;
  readonly #alive: (pid: number) => boolean;

  constructor(dir: string, pid: number = process.pid, alive: (pid: number) => boolean = isAlive) {
    this.dir = dir;
    this.pid = pid;
    this.#alive = alive;
  }

  /** The path of a new log; the first also removes the logs of processes that are gone. */
  create(): string {
    removeOrphans(this.dir, PREFIX, this.pid, this.#alive);
    const file = join(this.dir, `${ownPrefix(PREFIX, this.pid)}${Date.now()}-${Math.random().toString(36).slice(2)}.log`);
    this.#open.add(file);
    return file;
  }

  /** Removes a log (read, or of an index given up). */
  async remove(file: string): Promise<void> {
    this.#open.delete(file);
    await rm(file, { force: true });
  }

  /** Removes every log not removed yet: for a process that stops with indexes under way. */
  removeAll(): void {
    for (const file of this.#open) rmSync(file, { force: true });
    this.#open.clear();
  }
}
