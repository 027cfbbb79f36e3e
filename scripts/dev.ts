/**
 * `npm run dev`: `astro dev`, restarted whenever the code that compiles pages changes.
 *
 * The content loader compiles each page once, with the tags, nodes and settings it was started
 * with; Astro reloads components and styles by itself, and restarts for `astro.config.mjs`, but it
 * does not run the loader again when the code the loader imports changes. So this script watches
 * that code (see PIPELINE_SOURCES) and restarts the server when a file of it really changed: every
 * page is then compiled with the new code, and the browser reloads once the server is back.
 * Arguments go to `astro dev` (`npm run dev -- --port 3000`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { relative, resolve } from 'node:path';
import { PIPELINE_SOURCES, sourcesDigest } from '../src/build/fingerprint.ts';
import { passThrough } from '../src/config/command-line.ts';

const USAGE = `Usage: npm run dev [-- OPTIONS]

Serves the site at http://localhost:4321/ with live reload: a saved page, partial, component or
style shows in the browser; a change to the code that compiles pages restarts the server.

  --port N   another port
  --host     listen on every network interface (to open the site from a phone)
  --help     this text
Other options go to astro dev (npx astro dev --help lists them).

Environment: CONTENT_DIR, BASE_PATH, MISSING_TARGETS (see the README).`;

const root = resolve(import.meta.dirname, '..');
const args = passThrough(USAGE);

/** The pipeline's code as it is on disk now: a save that changes nothing restarts nothing. */
const codeDigest = () => sourcesDigest(root, PIPELINE_SOURCES);

let child: ChildProcess | undefined;
let stopping = false;
let digest = codeDigest();

function start(): void {
  // Young objects in 16 MB halves (V8 otherwise grows them with the heap's limit, to 64 MB on a
  // machine with this much memory): the dev server keeps about 90 MB less, as fast.
  const server = spawn(process.execPath, ['--max-semi-space-size=16', resolve(root, 'node_modules/.bin/astro'), 'dev', ...args], {
    cwd: root,
    stdio: 'inherit',
    // The project pins its versions and moves to new releases in commits of their own (with the
    // lock and the benchmarks): Astro's invitation to upgrade in place would only mislead.
    env: { ASTRO_DISABLE_UPDATE_CHECK: 'true', ...process.env },
  });
  child = server;
  server.on('exit', (code, signal) => {
    if (child !== server) return; // Stopped for a restart.
    process.exit(code ?? (signal ? 1 : 0));
  });
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((done) => server.once('exit', done));
  server.kill('SIGTERM');
  await exited;
}

let timer: NodeJS.Timeout | undefined;
let restarting: Promise<void> = Promise.resolve();
/** Restarts the server once a burst of saves is over, if the code changed. */
function onCodeEvent(file: string): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    restarting = restarting.then(async () => {
      const now = codeDigest();
      if (now === digest || stopping) return;
      digest = now;
      console.log(`\n${relative(root, file)} changed: restarting the dev server, so that pages are compiled with the new code.\n`);
      const server = child;
      child = undefined;
      if (server) await stop(server);
      if (!stopping) start();
    });
  }, 150);
}

// Folders are watched recursively; files by their folder, since editors often save by renaming.
const folders = PIPELINE_SOURCES.filter((s) => !s.includes('.'));
const files = new Set(PIPELINE_SOURCES.filter((s) => s.includes('.')).map((s) => resolve(root, s)));
for (const folder of folders) {
  watch(resolve(root, folder), { recursive: true }, (_event, name) => {
    if (name) onCodeEvent(resolve(root, folder, name));
  });
}
for (const folder of new Set([...files].map((f) => resolve(f, '..')))) {
  watch(folder, (_event, name) => {
    const file = name ? resolve(folder, name) : '';
    if (files.has(file)) onCodeEvent(file);
  });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    if (child) child.kill(signal);
    else process.exit(0);
  });
}
start();
