import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lowerChildrenPriority, parentOf, programOf } from './priority.ts';

describe('process priority', () => {
  it('reads a process\'s parent and program from /proc, names with spaces and parentheses included', () => {
    expect(parentOf('4242 (pagefind_extend) S 4100 4242 4100 0 -1 4194560')).toBe(4100);
    expect(parentOf('17 (a (b) c) R 1 17 17 0')).toBe(1);
    expect(parentOf('garbage')).toBeUndefined();
    expect(programOf('/home/a/node_modules/@pagefind/linux-x64/bin/pagefind_extended\0--service\0')).toBe('pagefind_extended');
    expect(programOf('')).toBe('');
  });

  it('lowers the priority of every thread of the children so named, and of no other process', async () => {
    // Linux keeps processes in /proc; elsewhere nothing is lowered and nothing fails.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    const other = spawn('sleep', ['10']);
    const started = Promise.all([child, other].map((each) => new Promise((resolve) => each.once('spawn', resolve))));
    try {
      await started;
      const name = process.execPath.split('/').pop()!;
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
