/**
 * Runs `task` on every item, `limit` at a time, and resolves when all are done (rejects with the
 * first failure). For file work: the thread pool handles several files while this thread prepares
 * the next, without opening thousands of files at once.
 */
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/**
 * Work started in the background, at most `limit` at a time: {@link BackgroundQueue.add} waits
 * for a place before it starts more. For writes that overlap with other work (a page's content
 * file written while the next page compiles) without holding one open file per page.
 */
export class BackgroundQueue {
  private readonly running = new Set<Promise<void>>();
  private failure: unknown;
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Starts `task` once fewer than `limit` tasks are running; resolves when it has started. */
  async add(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    const promise: Promise<void> = task()
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  /** Waits for every task started so far; rejects with the first failure among them. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
    const failure = this.failure;
    this.failure = undefined;
    if (failure !== undefined) throw failure;
  }
}

/**
 * Runs tasks one at a time, in the order they were given: a task waits for every task given
 * before it, whether that one succeeded or failed. For work on shared state that must not
 * interleave (the dev server's loader taking in saves while it compiles pages in the background).
 */
export class SerialQueue {
  private last: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task given before; resolves or rejects as it does. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.last.then(task, task);
    this.last = result.catch(() => undefined);
    return result;
  }
}
