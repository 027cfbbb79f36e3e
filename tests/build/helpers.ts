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

/** Builds a site with Astro, with extra environment variables (CONTENT_DIR, OUT_DIR, BASE_PATH). */
export async function buildSite(env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  // Vitest puts Vite's own variables (BASE_URL, MODE, DEV, NODE_ENV=test…) in process.env:
  // a child build must not inherit them.
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key),
    ),
  );
  return exec(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    env: { ...clean, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}
