import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGitLog, readGitDates } from './git-dates.ts';

describe('parseGitLog', () => {
  it('keeps the newest date of each file', () => {
    const log = '\0' + '2026-02-01T10:00:00+00:00\n\ncontent/docs/a.mdoc\n' + '\0' + '2026-01-01T10:00:00+00:00\n\ncontent/docs/a.mdoc\ncontent/docs/b.mdoc\n';
    expect(Object.fromEntries(parseGitLog(log))).toEqual({
      'content/docs/a.mdoc': '2026-02-01T10:00:00+00:00',
      'content/docs/b.mdoc': '2026-01-01T10:00:00+00:00',
    });
  });
  it('gives nothing for an empty log', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});

describe('readGitDates', () => {
  it('gives nothing outside a git repository, rather than the build date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    writeFileSync(join(dir, 'a.mdoc'), 'x');
    try {
      expect(readGitDates(dir).size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
