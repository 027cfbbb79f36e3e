import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { resolveContentDir } from '../../src/config/env.ts';
import { runCheck } from '../../src/check/run-check.ts';
import { sitePipelineOptions } from '../../src/config/pipeline-options.ts';
import { siteConfig } from '../../src/site.config.ts';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Runs the content check in-process on a content folder, as `npm run check` does. */
export function checkContent(contentDir: string) {
  return runCheck({
    root: ROOT,
    contentDir: resolveContentDir(ROOT, contentDir),
    publicDir: resolve(ROOT, 'public'),
    ...sitePipelineOptions(),
    base: '/',
    lang: siteConfig.lang,
    languages: siteConfig.languages,
    versions: siteConfig.versions,
  });
}

const exec = promisify(execFile);

/** Runs `npm run check`'s script with arguments on a content folder; never throws on exit codes. */
export async function runCli(contentDir: string, args: string[] = [], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/check.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Checks a site made of the given pages (paths under `docs/` → source), written to a temporary folder. */
export async function checkPages(pages: Record<string, string>) {
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { dirname, join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'docs-check-'));
  try {
    for (const [path, source] of Object.entries(pages)) {
      mkdirSync(dirname(join(dir, 'docs', path)), { recursive: true });
      writeFileSync(join(dir, 'docs', path), source);
    }
    return await checkContent(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A content folder in a temporary folder, made of files (paths under it → source). */
export function writeSite(prefix: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}
