import { describe, expect, it } from 'vitest';
import { BackgroundQueue, forEachLimited, SerialQueue } from './concurrency.ts';

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

describe('SerialQueue', () => {
  it('runs tasks one at a time in the order given, whatever each takes, and goes on after a failure', async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    const task = (name: string, ms: number, fail = false) => async () => {
      events.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      events.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue.run(task('a', 20)), queue.run(task('b', 1, true)), queue.run(task('c', 5))]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[2]).toEqual({ status: 'fulfilled', value: 'c' });
  });

  it('lets a task given while others run go before tasks given after it', async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    // A background loop gives one task at a time: a task given meanwhile runs next.
    const background = (async () => {
      for (const name of ['bg1', 'bg2', 'bg3']) await queue.run(async () => void order.push(name));
    })();
    const urgent = queue.run(async () => void order.push('urgent'));
    await Promise.all([background, urgent]);
    expect(order.indexOf('urgent')).toBeLessThan(order.indexOf('bg2'));
  });
});
