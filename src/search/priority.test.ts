import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lowerChildrenPriority, parseProcStat } from './priority';

describe('process priority', () => {
  it('reads a process line of /proc, names with spaces and parentheses included', () => {
    expect(parseProcStat('4242 (pagefind_extend) S 4100 4242 4100 0 -1 4194560')).toEqual({ pid: 4242, name: 'pagefind_extend', parent: 4100 });
    expect(parseProcStat('17 (a (b) c) R 1 17 17 0')).toEqual({ pid: 17, name: 'a (b) c', parent: 1 });
    expect(parseProcStat('garbage')).toBeUndefined();
  });

  it('lowers the priority of every thread of the children so named, and of no other process', async () => {
    // Linux keeps processes in /proc; elsewhere nothing is lowered and nothing fails.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    const other = spawn('sleep', ['10']);
    const started = Promise.all([child, other].map((each) => new Promise((resolve) => each.once('spawn', resolve))));
    try {
      await started;
      const name = process.execPath.split('/').pop()!.slice(0, 15);
      const lowered = lowerChildrenPriority(name, 7);
      if (!existsSync('/proc/self/stat')) {
        expect(lowered).toBe(0);
        return;
      }
      expect(lowered).toBe(1);
      expect(getPriority(child.pid!)).toBe(7);
      expect(getPriority(other.pid!)).toBe(getPriority(process.pid));
    } finally {
      child.kill();
      other.kill();
    }
  });
});
