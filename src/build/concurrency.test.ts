import { describe, expect, it } from 'vitest';
import { BackgroundQueue, forEachLimited } from './concurrency';

describe('forEachLimited', () => {
  it('runs every item once, in order of start, never more than the limit at a time', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      started.push(n);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n % 3));
      running--;
    });
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('does nothing for no items, and passes a failure on', async () => {
    await forEachLimited([], 4, async () => {
      throw new Error('never called');
    });
    await expect(forEachLimited([1, 2], 2, async (n) => {
      if (n === 2) throw new Error('failed on 2');
    })).rejects.toThrow('failed on 2');
  });
});

describe('BackgroundQueue', () => {
  it('runs every task, never more than the limit at a time, and drains them all', async () => {
    const queue = new BackgroundQueue(2);
    let running = 0;
    let most = 0;
    const done: number[] = [];
    for (let n = 1; n <= 6; n++) {
      await queue.add(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 7 - n));
        running--;
        done.push(n);
      });
      expect(running).toBeLessThanOrEqual(2);
    }
    await queue.drain();
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(most).toBe(2);
  });

  it('passes the first failure on when drained, then starts afresh', async () => {
    const queue = new BackgroundQueue(4);
    await queue.add(async () => {
      throw new Error('disk full');
    });
    await queue.add(async () => {});
    await expect(queue.drain()).rejects.toThrow('disk full');
    await queue.add(async () => {});
    await expect(queue.drain()).resolves.toBeUndefined();
  });
});
