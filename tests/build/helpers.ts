import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse, type HTMLElement } from 'node-html-parser';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Reads a built page of `dist/` (or another output folder) as a DOM. */
export function readPage(urlPath: string, outDir = join(ROOT, 'dist')): HTMLElement {
  const file = join(outDir, urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) {
    throw new Error(`${file} does not exist: run \`npm run build\` before the build tests (\`npm test\` does).`);
  }
  // node-html-parser keeps <pre> as raw text unless told otherwise.
  return parse(readFileSync(file, 'utf8'), { blockTextElements: { script: true, style: true } });
}

const exec = promisify(execFile);

/**
 * The environment of a child build. Vitest puts Vite's own variables (BASE_URL, MODE, DEV,
 * NODE_ENV=test…) in process.env: a child build must not inherit them.
 */
export function buildEnv(env: Record<string, string>): Record<string, string | undefined> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key),
    ),
  );
  return { ...clean, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/** Builds a site with Astro, with extra environment variables (CONTENT_DIR, OUT_DIR, BASE_PATH). */
export async function buildSite(env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return exec(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: ROOT, env: buildEnv(env), maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Builds a site as `npm run build` does (scripts/build.ts: a fresh folder swapped in, unchanged
 * pages taken from the site it replaces), with extra environment variables and arguments.
 * Resolves with the exit code and the output, whatever the outcome.
 */
export async function runBuildScript(env: Record<string, string>, args: string[] = []): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await exec(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts', ...args], { cwd: ROOT, env: buildEnv(env), maxBuffer: 64 << 20 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : -1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}
