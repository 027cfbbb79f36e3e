import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../check/helpers.ts';
import { ROOT, runBuildScript } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'docs-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a folder with a digest of its bytes and its modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length)] = `${createHash('sha1').update(readFileSync(path)).digest('hex')} ${statSync(path).mtimeMs}`;
  }
  return out;
}

async function build(contentDir: string, outDir: string): Promise<number> {
  return (await runBuildScript({ CONTENT_DIR: contentDir, OUT_DIR: outDir })).code;
}

describe('builds that lose nothing', () => {
  it('leaves the previous site exactly as it was when a build fails', async () => {
    const content = join(work, 'content');
    const out = join(work, 'site');
    cpSync(join(ROOT, 'tests/fixtures/basic'), content, { recursive: true });
    expect(await build(content, out)).toBe(0);
    const before = snapshot(out);
    expect(Object.keys(before)).toContain('/docs/guides/setup/index.html');

    writeFileSync(join(content, 'docs/guides/broken.mdoc'), '---\ntitle: Broken\n---\n{% inf %}\nx\n{% /inf %}\n');
    expect(await build(content, out)).toBe(1);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(['content', 'site']);
  }, 180_000);

  it('never writes content files, in a build or a check', async () => {
    const content = join(work, 'content-readonly');
    cpSync(join(ROOT, 'tests/fixtures/basic'), content, { recursive: true });
    const before = snapshot(content);
    expect(await build(content, join(work, 'site-2'))).toBe(0);
    const check = await runCli(content);
    // The check ran to its end (one warning for the fixture's unknown code language, four for
    // the template's settings).
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('Found 0 errors and 5 warnings in 2 files.');
    expect(snapshot(content)).toEqual(before);
  }, 180_000);
});
