/**
 * `npm run bench`: builds a generated corpus of seed-like pages and prints one table of figures:
 * wall time, peak memory, dist size, HTML per page, JavaScript and CSS per page (gzip), for a cold
 * build and a rebuild after editing one page. With --starlight and --floor it builds the same
 * corpus with Starlight and with the no-framework floor in the same run, and prints the ratios.
 *
 *   npm run bench -- --pages 1000 --starlight --floor
 *
 * Options: --pages N (default 1000), --work DIR (default $TMPDIR/docs-bench, outside the project),
 * --helpers DIR (the benchmark helpers: gen-corpus.py, floor.mjs, starlight-anchor.sh; default
 * ../shared/bench), --starlight, --floor, --runs N (rounds of every build, in turn; the table
 * shows each build's median wall time, and every round's times are listed under it).
 *
 * With --dev it measures dev servers instead of builds, with the helpers' dev-latency.sh: start,
 * a page served, a saved edit in the served page, search in dev before and after an edit, memory
 * (and Starlight's dev server over the same corpus with --starlight); then, with scripts/bench/dev-changes.ts,
 * how long each kind of change takes to show in this site's dev server.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHANGE_KINDS, timeDevChanges } from './bench/dev-changes.ts';
import { readEnvironment } from '../src/config/env.ts';
import { readOptions } from '../src/config/command-line.ts';

const root = resolve(import.meta.dirname, '..');
const USAGE = `Usage: npm run bench [-- OPTIONS]

Generates a corpus of seed-like pages outside the project, builds it cold and again after editing
one page, and prints wall time, peak memory and page weight in one table.

  --pages N        pages to generate (default 1000)
  --runs N         rounds of every build, in turn; the table shows medians (default 1)
  --floor          also build the corpus with the no-framework floor (Markdoc + Shiki + Pagefind)
  --starlight      also build it with Starlight, for the ratio
  --translated N   also build the corpus with a French translation of its first N pages (every
                   page is then published twice: translated or not), for the cost of a language
  --versions N     also build the corpus with N old versions, each a copy of it (N × the pages
                   again), cold and after editing one current page
  --dev            measure dev servers instead (start, a saved edit on screen, search, memory,
                   and each kind of change in this site: body, title, new, renamed, deleted page, partial)
  --cold           with --dev, also start each dev server with no cache (the first start, or
                   the first after the code that compiles pages changed)
  --work DIR       where the corpus and builds go (default $TMPDIR/docs-bench)
  --helpers DIR    the benchmark helpers (default ../shared/bench)
  --help           this text

Needs: the benchmark helpers (gen-corpus.py, floor.mjs, starlight-anchor.sh, dev-latency.sh,
kept beside the project in ../shared/bench, not in this repository), Python 3 and GNU time
(/usr/bin/time: Debian's \`time\` package); --starlight also needs the npm registry.`;

const values = readOptions(USAGE, {
  pages: { type: 'string', default: '1000' },
  work: { type: 'string', default: join(tmpdir(), 'docs-bench') },
  helpers: { type: 'string', default: resolve(root, '../shared/bench') },
  starlight: { type: 'boolean', default: false },
  floor: { type: 'boolean', default: false },
  runs: { type: 'string', default: '1' },
  dev: { type: 'boolean', default: false },
  cold: { type: 'boolean', default: false },
  translated: { type: 'string', default: '0' },
  versions: { type: 'string', default: '0' },
});
const oldVersions = Math.max(0, Number(values.versions) || 0);
const translated = Math.max(0, Number(values.translated) || 0);
const pages = Number(values.pages);
const rounds = Math.max(1, Number(values.runs) || 1);
const work = resolve(values.work);
const helpers = resolve(values.helpers);
const missing = [
  ...(existsSync(join(helpers, 'gen-corpus.py')) ? [] : [`the benchmark helpers (no gen-corpus.py in ${helpers}: pass --helpers DIR)`]),
  ...(spawnSync('python3', ['--version']).status === 0 ? [] : ['Python 3 (python3)']),
  ...(existsSync('/usr/bin/time') ? [] : ['GNU time (/usr/bin/time: sudo apt-get install time)']),
];
if (missing.length > 0) {
  console.error(`npm run bench cannot run here; it needs:\n${missing.map((m) => `  - ${m}`).join('\n')}\n\n${USAGE}`);
  process.exit(2);
}
if (work.startsWith(`${root}/`)) {
  console.error('--work must be outside the project, so the corpus never lands in the source tree.');
  process.exit(2);
}

if (values.dev) {
  await measureDevServers();
  process.exit(0);
}

/** Figures of one build. */
interface Result {
  name: string;
  wallS: number;
  peakMb: number;
  distMb?: number;
  htmlKb?: number;
  jsKb?: number;
  cssKb?: number;
}

/** Runs a command under GNU time and returns its wall time and peak memory. */
function timed(command: string, args: string[], env: Record<string, string> = {}, cwd = root): { wallS: number; peakMb: number; output: string } {
  const timeFile = join(work, 'time.txt');
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, command, ...args], {
    cwd,
    env: { ...process.env, ...env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-3000)}`);
  const [wall, rss] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  return { wallS: wall!, peakMb: Math.round(rss! / 1024), output };
}

function folderMb(dir: string): number {
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) bytes += statSync(join(e.parentPath, e.name)).size;
  return bytes / 1024 / 1024;
}

/** Average HTML size of the corpus pages, and the gzip size of the JS and CSS one page loads. */
function perPage(dist: string, pagesDir: string): { htmlKb: number; jsKb: number; cssKb: number } {
  const files = readdirSync(join(dist, pagesDir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html' && /section-\d+/.test(e.parentPath))
    .map((e) => join(e.parentPath, e.name));
  const total = files.reduce((n, f) => n + statSync(f).size, 0);
  const sample = readFileSync(files[Math.floor(files.length / 2)]!, 'utf8');
  const gz = (paths: string[]) => paths.reduce((n, p) => n + gzipSync(readFileSync(join(dist, p.replace(/^\//, '')))).length, 0) / 1024;
  const scripts = [...sample.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...sample.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]!).length, 0) / 1024;
  const styles = [...sample.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return { htmlKb: total / files.length / 1024, jsKb: gz(scripts) + inline, cssKb: gz(styles) };
}

mkdirSync(work, { recursive: true });
const corpus = join(work, `corpus-${pages}`);
const content = join(corpus, 'content');
rmSync(corpus, { recursive: true, force: true });
execFileSync('python3', [join(helpers, 'gen-corpus.py'), join(content, 'docs'), String(pages)], { stdio: 'ignore' });
console.error(`Generated ${pages} pages in ${content}/docs.`);

/**
 * The same corpus with a second language: its first N pages (in path order) "translated" (copied
 * with a translated title: the same anchors, as a translation keeps them), the others published
 * as they are under the language's address.
 */
const translatedContent = join(work, `corpus-${pages}-fr-${translated}`, 'content');
if (translated > 0) {
  rmSync(dirname(translatedContent), { recursive: true, force: true });
  cpSync(content, translatedContent, { recursive: true });
  const sources = readdirSync(join(content, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdoc')).sort().slice(0, translated);
  for (const file of sources) {
    const target = join(translatedContent, 'i18n/fr/docs', file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(join(content, 'docs', file), 'utf8').replace(/^title: (.*)$/m, 'title: $1 (fr)'));
  }
  console.error(`Translated ${sources.length} pages into French in ${translatedContent}/i18n/fr/docs.`);
}

/** The same corpus with old versions, each a copy of its docs (as `npm run snapshot` would have taken them). */
/** How many pages each rebuild after one current edit rendered, round by round. */
const renderedAfterEdit: string[] = [];
const versionedContent = join(work, `corpus-${pages}-versions-${oldVersions}`, 'content');
if (oldVersions > 0) {
  rmSync(dirname(versionedContent), { recursive: true, force: true });
  cpSync(content, versionedContent, { recursive: true });
  for (let v = 1; v <= oldVersions; v++) cpSync(join(content, 'docs'), join(versionedContent, 'versions', `v${v}`, 'docs'), { recursive: true });
  console.error(`Copied the docs into ${oldVersions} old versions in ${versionedContent}/versions.`);
}

const out = join(work, 'dist');
const cacheDir = join(root, 'node_modules/.astro', `content-${createHash('sha1').update(content).digest('hex').slice(0, 10)}`);
const runs: Record<string, Result[]> = {};
const record = (result: Result) => (runs[result.name] ??= []).push(result);

// Each round builds everything once, in turn, so a machine that speeds up or slows down during
// the run weighs on every contender alike; the table shows the median of the rounds.
for (let round = 1; round <= rounds; round++) {
  if (rounds > 1) console.error(`round ${round} of ${rounds}`);
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  // `npm run build` as a user runs it: it builds into a fresh folder and swaps it in.
  const cold = timed('node', ['scripts/build.ts'], { CONTENT_DIR: content, OUT_DIR: out });
  record({ name: 'this site, cold', wallS: cold.wallS, peakMb: cold.peakMb, distMb: folderMb(out), ...perPage(out, 'docs') });
  console.error(`cold build: ${cold.wallS}s`);

  const edited = readdirSync(join(content, 'docs', 'section-000'))[0]!;
  appendFileSync(join(content, 'docs', 'section-000', edited), `\nOne more sentence, edited in round ${round}.\n`);
  const warm = timed('node', ['scripts/build.ts'], { CONTENT_DIR: content, OUT_DIR: out });
  record({ name: 'this site, one page edited', wallS: warm.wallS, peakMb: warm.peakMb, distMb: folderMb(out), ...perPage(out, 'docs') });
  console.error(`rebuild: ${warm.wallS}s`);

  if (translated > 0) {
    const languageCache = join(root, 'node_modules/.astro', `content-${createHash('sha1').update(translatedContent).digest('hex').slice(0, 10)}`);
    rmSync(languageCache, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    const both = timed('node', ['scripts/build.ts'], { CONTENT_DIR: translatedContent, OUT_DIR: out });
    record({ name: `with French (${translated} translated), cold`, wallS: both.wallS, peakMb: both.peakMb, distMb: folderMb(out), ...perPage(out, 'docs') });
    console.error(`with a second language: ${both.wallS}s`);
  }

  if (oldVersions > 0) {
    const versionsCache = join(root, 'node_modules/.astro', `content-${createHash('sha1').update(versionedContent).digest('hex').slice(0, 10)}`);
    rmSync(versionsCache, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    const all = timed('node', ['scripts/build.ts'], { CONTENT_DIR: versionedContent, OUT_DIR: out });
    record({ name: `with ${oldVersions} old versions, cold`, wallS: all.wallS, peakMb: all.peakMb, distMb: folderMb(out), ...perPage(out, 'docs') });
    const current = readdirSync(join(versionedContent, 'docs', 'section-000'))[0]!;
    appendFileSync(join(versionedContent, 'docs', 'section-000', current), `\nOne more sentence, edited in round ${round}.\n`);
    const again = timed('node', ['scripts/build.ts'], { CONTENT_DIR: versionedContent, OUT_DIR: out });
    const rendered = /Rendered (\d+) docs pages? that changed/.exec(again.output)?.[1] ?? '?';
    renderedAfterEdit.push(rendered);
    record({ name: `with ${oldVersions} old versions, one current page edited`, wallS: again.wallS, peakMb: again.peakMb, distMb: folderMb(out), ...perPage(out, 'docs') });
    console.error(`with old versions: ${all.wallS}s cold, ${again.wallS}s after one edit (${rendered} pages rendered)`);
  }

  if (values.floor) {
    // floor.mjs resolves its packages from its own folder: run a copy inside node_modules.
    const scratch = join(root, 'node_modules/.cache/bench');
    mkdirSync(scratch, { recursive: true });
    copyFileSync(join(helpers, 'floor.mjs'), join(scratch, 'floor.mjs'));
    const floorOut = join(work, 'floor-dist');
    const floor = timed('node', [join(scratch, 'floor.mjs'), join(content, 'docs'), floorOut]);
    record({ name: 'floor (Markdoc + Shiki + Pagefind)', wallS: floor.wallS, peakMb: floor.peakMb, distMb: folderMb(floorOut) });
    console.error(`floor: ${floor.wallS}s`);
  }

  if (values.starlight) {
    const run = timed('bash', [join(helpers, 'starlight-anchor.sh'), join(work, 'starlight'), join(content, 'docs')]);
    const line = run.output.split('\n').find((l) => l.startsWith('starlight '))!;
    const field = (name: string) => Number(new RegExp(`${name}=([\\d.]+)`).exec(line)?.[1]);
    const starlightDist = join(work, 'starlight', 'dist');
    const page = existsSync(starlightDist) ? perPage(starlightDist, '.') : undefined;
    record({ name: 'Starlight 0.42', wallS: field('wall_s'), peakMb: field('peak_rss_mb'), distMb: field('dist_mb'), ...page });
    console.error(`starlight: ${field('wall_s')}s`);
  }
}

/** One row per build: the median wall time of the rounds, the highest peak memory. */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const results: Result[] = Object.values(runs).map((list) => ({
  ...list[0]!,
  wallS: median(list.map((r) => r.wallS)),
  peakMb: Math.max(...list.map((r) => r.peakMb)),
}));
const spread = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, list.map((r) => r.wallS)]));

const fmt = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
const starlight = results.find((r) => r.name.startsWith('Starlight'));
const floor = results.find((r) => r.name.startsWith('floor'));
const rows = [
  ['build', 'wall s', 'peak MB', 'dist MB', 'HTML KB/page', 'JS KB gz/page', 'CSS KB gz/page', '× Starlight time', '× floor time'],
  ...results.map((r) => [
    r.name,
    fmt(r.wallS),
    String(r.peakMb),
    fmt(r.distMb),
    fmt(r.htmlKb),
    fmt(r.jsKb),
    fmt(r.cssKb),
    starlight ? fmt(r.wallS / starlight.wallS, 2) : '–',
    floor ? fmt(r.wallS / floor.wallS, 2) : '–',
  ]),
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
console.log(`\n${pages} pages, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`);
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
if (rounds > 1) {
  console.log(`\nWall times of the ${rounds} rounds:`);
  for (const [name, times] of Object.entries(spread)) console.log(`  ${name}: ${times.map((t) => t.toFixed(1)).join(', ')}`);
}
const ours = results[0]!;
const summary = [
  ...(starlight ? [`Cold build ${fmt(starlight.wallS / ours.wallS, 1)}× faster than Starlight`, `dist ${fmt((ours.distMb ?? 0) / (starlight.distMb ?? 1), 2)}× its size`] : []),
  ...(floor ? [`cold build ${fmt(ours.wallS / floor.wallS, 2)}× the floor`] : []),
  `rebuild ${fmt(results[1]!.wallS / ours.wallS, 2)}× the cold build`,
  ...(oldVersions > 0
    ? [
        `with ${oldVersions} old versions (${(oldVersions + 1) * pages} pages) ${fmt(results.find((r) => r.name === `with ${oldVersions} old versions, cold`)!.wallS / ours.wallS, 2)}× the cold build, and a rebuild after one current edit rendered ${renderedAfterEdit.join(', ')} page(s)`,
      ]
    : []),
  ...(translated > 0 ? [`with a second language (${2 * pages} pages published, ${translated} translated) ${fmt(results.find((r) => r.name.startsWith('with French'))!.wallS / ours.wallS, 2)}× the cold build`] : []),
];
const sentence = summary.join('; ');
console.log(`\n${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);

/** Generates the corpus, then times dev servers on it, round after round, and prints the medians. */
async function measureDevServers(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const corpus = join(work, `corpus-${pages}`);
  const content = join(corpus, 'content');
  rmSync(corpus, { recursive: true, force: true });
  execFileSync('python3', [join(helpers, 'gen-corpus.py'), join(content, 'docs'), String(pages)], { stdio: 'ignore' });
  const sections = readdirSync(join(content, 'docs')).filter((d) => d.startsWith('section-')).sort();
  const section = sections[Math.floor(sections.length / 2)]!;
  const page = `${section}/${readdirSync(join(content, 'docs', section)).sort()[0]!.replace(/\.mdoc$/, '')}`;
  console.error(`Generated ${pages} pages in ${content}/docs; timing edits of ${page}.`);
  const starlightDir = join(work, 'starlight');
  if (values.starlight) {
    // The Starlight anchor copies the corpus into its project: build it once to set it up.
    execFileSync('bash', [join(helpers, 'starlight-anchor.sh'), starlightDir, join(content, 'docs')], { stdio: 'ignore' });
  }
  const script = join(helpers, 'dev-latency.sh');
  const fields = ['start_s', 'page_ms', 'edit_s', 'search_s', 'search_after_edit_s', 'rss_mb'] as const;
  const measured: Record<string, Record<string, number>[]> = {};
  for (let round = 1; round <= rounds; round++) {
    if (rounds > 1) console.error(`round ${round} of ${rounds}`);
    // Each server with no cache first (this site's cache of the content folder, Starlight's data
    // store), when asked: the start after it then finds its cache warm.
    const servers: [string, string[], string[]][] = [];
    if (values.cold) servers.push(['this site, cold', ['ours', root, content, page], [readEnvironment(root, { CONTENT_DIR: content }).cacheDir]]);
    servers.push(['this site', ['ours', root, content, page], []]);
    if (values.starlight && values.cold) servers.push(['Starlight, cold', ['starlight', starlightDir, page], [join(starlightDir, 'node_modules/.astro'), join(starlightDir, '.astro')]]);
    if (values.starlight) servers.push(['Starlight', ['starlight', starlightDir, page], []]);
    for (const [name, args, caches] of servers) {
      for (const cache of caches) rmSync(cache, { recursive: true, force: true });
      const run = spawnSync('bash', [script, ...args], { encoding: 'utf8', env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' } });
      const line = `${run.stdout}`.split('\n').find((l) => /start_s=/.test(l));
      if (!line) throw new Error(`dev-latency.sh ${args[0]} failed:\n${run.stdout}${run.stderr}`);
      console.error(line);
      (measured[name] ??= []).push(Object.fromEntries(fields.map((f) => [f, Number(new RegExp(`${f}=(-?[\\d.]+)`).exec(line)?.[1])])));
    }
  }
  // Then every kind of change, on this site alone: each shows on the next request after it.
  const changes: Record<string, number>[] = [];
  for (let round = 1; round <= rounds; round++) {
    const times = await timeDevChanges(root, content, page);
    console.error(`changes, round ${round}: ${CHANGE_KINDS.map((kind) => `${kind} ${times[kind].toFixed(2)} s`).join(', ')}`);
    changes.push(times);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const show = (n: number, digits: number) => (Number.isNaN(n) || n < 0 ? '–' : n.toFixed(digits));
  const rows = [
    ['dev server', 'start s', 'page ms', 'saved edit s', 'search s', 'search after edit s', 'memory MB'],
    ...Object.entries(measured).map(([name, list]) => {
      const m = (f: (typeof fields)[number]) => median(list.map((r) => r[f]!));
      return [name, show(m('start_s'), 1), show(m('page_ms'), 0), show(m('edit_s'), 2), show(m('search_s'), 1), show(m('search_after_edit_s'), 1), show(m('rss_mb'), 0)];
    }),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  console.log(`\n${pages} pages, dev servers, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, medians of ${rounds} round${rounds === 1 ? '' : 's'}`);
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(`\nThis site: seconds from a save to the first answer that shows it (${page} and its folder)`);
  for (const kind of CHANGE_KINDS) console.log(`${kind.padEnd(13)} ${median(changes.map((c) => c[kind]!)).toFixed(2).padStart(6)}`);
}
