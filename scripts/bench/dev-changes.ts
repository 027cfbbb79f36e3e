/**
 * Times how long each kind of change takes to show in this project's dev server, on a generated
 * corpus (see ../bench.ts, `--dev`): a saved body, a changed title (in another page's
 * sidebar), a new page (served, and in another page's sidebar), a renamed page, a deleted page
 * and an edited partial (in a page that includes it). Each is timed from the write to the first
 * answer of the server that shows it, polling every 20 ms. The corpus is left as it was found.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** The kinds of change, in the order they are timed. */
export const CHANGE_KINDS = ['body', 'title', 'new page', 'renamed page', 'deleted page', 'partial'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** What a URL answers now: its status and body (status 0 when the server does not answer). */
async function fetchPage(url: string): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(url);
    return { status: response.status, body: await response.text() };
  } catch {
    return { status: 0, body: '' };
  }
}

/** Seconds from now until `shown` holds for what `url` answers; Infinity after `limit` seconds. */
async function timeUntil(url: string, shown: (page: { status: number; body: string }) => boolean, limit = 30): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limit * 1000) {
    if (shown(await fetchPage(url))) return (performance.now() - started) / 1000;
    await wait(20);
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Starts `npm run dev` in `root` on `content` (which holds docs/ with folders of pages), makes
 * each kind of change to pages of the folder of `page` (its path under docs/, without extension),
 * and returns the seconds each took to show.
 */
export async function timeDevChanges(root: string, content: string, page: string): Promise<Record<ChangeKind, number>> {
  const docs = join(content, 'docs');
  const folder = dirname(page);
  const siblings = readdirSync(join(docs, folder)).filter((f) => f.endsWith('.mdoc')).sort();
  const pageFile = join(docs, `${page}.mdoc`);
  const other = `${folder}/${siblings.find((f) => `${folder}/${f}` !== `${page}.mdoc`)!.replace(/\.mdoc$/, '')}`;
  const renamedFrom = `${folder}/${siblings.at(-1)!.replace(/\.mdoc$/, '')}`;
  const partial = join(content, 'partials', 'bench-note.md');
  const added = join(docs, folder, 'bench-added.mdoc');
  const renamedTo = join(docs, folder, 'bench-renamed.mdoc');
  const deleted = join(docs, folder, siblings.at(-2)!);
  const originals = new Map([pageFile, deleted].map((file) => [file, readFileSync(file, 'utf8')]));

  // A partial the page includes, in place before the server starts.
  mkdirSync(dirname(partial), { recursive: true });
  writeFileSync(partial, 'A note kept in a partial.\n');
  appendFileSync(pageFile, '\n{% partial file="bench-note.md" /%}\n');

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const url = (path: string) => `${origin}/docs/${path}/`;
  const server = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', BROWSER: 'none' },
    stdio: 'ignore',
    detached: true,
  });
  const times = {} as Record<ChangeKind, number>;
  try {
    if ((await timeUntil(url(page), (p) => p.status === 200, 600)) === Number.POSITIVE_INFINITY) throw new Error('the dev server did not serve the page within 10 minutes');
    // Warm: the first request after start renders the layout's components for the first time.
    await fetchPage(url(other));
    const settle = () => wait(1_500);

    let marker = `edited${Date.now()}`;
    appendFileSync(pageFile, `\nThe word ${marker} was added.\n`);
    times.body = await timeUntil(url(page), (p) => p.body.includes(marker));
    await settle();

    marker = `Retitled ${Date.now()}`;
    writeFileSync(pageFile, readFileSync(pageFile, 'utf8').replace(/^title: .*$/m, `title: ${marker}`));
    times.title = await timeUntil(url(other), (p) => p.body.includes(marker));
    await settle();

    marker = `Added ${Date.now()}`;
    writeFileSync(added, `---\ntitle: ${marker}\n---\n\nA page added while the server runs.\n`);
    times['new page'] = await timeUntil(url(other), (p) => p.body.includes(marker));
    await settle();

    renameSync(join(docs, `${renamedFrom}.mdoc`), renamedTo);
    times['renamed page'] = await timeUntil(url(`${folder}/bench-renamed`), (p) => p.status === 200);
    await settle();

    rmSync(deleted);
    const deletedUrl = url(`${folder}/${siblings.at(-2)!.replace(/\.mdoc$/, '')}`);
    times['deleted page'] = await timeUntil(deletedUrl, (p) => p.status === 404);
    await settle();

    marker = `partial${Date.now()}`;
    writeFileSync(partial, `A note kept in a partial, ${marker}.\n`);
    times.partial = await timeUntil(url(page), (p) => p.body.includes(marker));
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    for (const [file, text] of originals) writeFileSync(file, text);
    if (existsSync(renamedTo)) renameSync(renamedTo, join(docs, `${renamedFrom}.mdoc`));
    rmSync(added, { force: true });
    rmSync(partial, { force: true });
  }
  return times;
}
