/**
 * `npm run build`: builds the site into a fresh folder beside the output folder and swaps it in
 * only when the build succeeds, so a failed build (a content error, a crash) leaves the previous
 * site exactly as it was.
 *
 * The output folder is `dist/`, or OUT_DIR; any arguments go to `astro build`. The build takes the
 * docs pages that did not change from the site it replaces (see src/integrations/page-reuse.ts);
 * `--force` renders every page, and rebuilds Astro's content cache too.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { RouteLog } from '../src/build/route-log.ts';
import { passThrough } from '../src/config/command-line.ts';

const USAGE = `Usage: npm run build [-- OPTIONS]

Builds the site into dist/ (or OUT_DIR) and replaces it only when the build succeeds. A rebuild
renders only the docs pages that changed since the site it replaces.

  --force    render every page again, and rebuild Astro's content cache
  --help     this text
Other options go to astro build (npx astro build --help lists them).

Environment: CONTENT_DIR, BASE_PATH, OUT_DIR, MISSING_TARGETS, CONTENT_ERRORS (see the README).`;
const args = passThrough(USAGE);

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.env.OUT_DIR || 'dist');
const staging = `${out}.building-${process.pid}`;
const previous = `${out}.previous-${process.pid}`;

const child = spawn(resolve(root, 'node_modules/.bin/astro'), ['build', ...args], {
  cwd: root,
  // Astro's output goes through RouteLog, which gives each route rendered at once its own line.
  stdio: ['inherit', 'pipe', 'inherit'],
  env: {
    ...process.env,
    ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
    OUT_DIR: staging,
    ...(existsSync(out) && !args.includes('--force') ? { PREVIOUS_BUILD: out } : {}),
  },
});
const routeLog = new RouteLog();
child.stdout?.setEncoding('utf8');
child.stdout?.on('data', (chunk: string) => process.stdout.write(routeLog.push(chunk)));
child.stdout?.on('end', () => process.stdout.write(routeLog.end()));
const cleanUp = () => rmSync(staging, { recursive: true, force: true });
process.on('SIGINT', () => child.kill('SIGINT'));
process.on('SIGTERM', () => child.kill('SIGTERM'));

child.on('exit', (code, signal) => {
  if (code !== 0) {
    cleanUp();
    console.error(`\nThe build failed${signal ? ` (${signal})` : ''}: ${existsSync(out) ? `${out} was left as it was` : 'nothing was written'}.`);
    process.exit(code ?? 1);
  }
  // Two renames on one file system: the site is either the old one or the new one, never half.
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
});
