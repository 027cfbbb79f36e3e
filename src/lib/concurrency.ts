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
