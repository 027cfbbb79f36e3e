/**
 * Checks and builds the real Appwrite pages of `../shared/corpus/appwrite` (test data kept outside
 * the repository): `npm run corpus`. CI runs it when that folder exists.
 *
 * 1. Stages the pages as a content folder in a temporary directory (never in the shared folder).
 * 2. Runs the checker: the only errors must be the four upstream defects, each located. The corpus
 *    is a sample of a larger site, so it is checked as a site moved over in parts
 *    (`--missing-targets warning`): links to pages and images it leaves out are warnings.
 * 3. Mends the four defects in the temporary copy and builds every page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { copyAnchorProblems } from '../src/build/built-site.ts';
import { buildStatePaths, readManifest } from '../src/build/manifest.ts';
import { readOptions } from '../src/config/command-line.ts';
import { readEnvironment } from '../src/config/env.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';

readOptions(
  `Usage: npm run corpus

Checks and builds the sample of real Appwrite pages in ../shared/corpus/appwrite (or CORPUS_DIR),
if it is there. KEEP_CORPUS=1 keeps the staged pages and the built site.

  --help   this text`,
  {},
);

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(process.env.CORPUS_DIR ?? join(root, '../shared/corpus/appwrite'));
if (!existsSync(join(corpus, 'stage.sh'))) {
  console.log(`No corpus at ${corpus}: nothing to check.`);
  process.exit(0);
}
/** The files broken upstream, as the corpus manifest lists them. */
const BROKEN = ['partials/storage-events.md', 'partials/auth-events.md', 'partials/messaging-events.md', 'partials/databases-events.md'];
/** Findings that come from the corpus being a sample of a larger site. */
const SAMPLE_GAPS = new Set(['link-target-missing', 'image-missing']);

const work = mkdtempSync(join(tmpdir(), 'appwrite-corpus-'));
const content = join(work, 'content');
execFileSync('bash', [join(corpus, 'stage.sh'), content], { stdio: 'inherit' });

interface Finding {
  file: string;
  line: number;
  column: number;
  level: string;
  id: string;
  message: string;
}
const check = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/check.ts', '--format', 'json', '--missing-targets', 'warning'], {
  cwd: root,
  env: { ...process.env, CONTENT_DIR: content },
  encoding: 'utf8',
  maxBuffer: 64 << 20,
});
if (check.status === 2 || !check.stdout) {
  console.error(`The checker crashed on the corpus:\n${check.stderr}`);
  process.exit(1);
}
const findings = (JSON.parse(check.stdout) as { diagnostics: Finding[] }).diagnostics;
const relative = (file: string) => file.replace(`${content}/`, '');
const errors = findings.filter((f) => f.level === 'error');
const warnings = findings.filter((f) => f.level === 'warning');
const gaps = warnings.filter((f) => SAMPLE_GAPS.has(f.id));
console.log(`\nChecker: ${errors.length} errors, ${warnings.length} warnings (${gaps.length} of them links or images to pages the sample leaves out).`);
for (const f of [...errors, ...warnings.filter((w) => !SAMPLE_GAPS.has(w.id))]) {
  console.log(`  ${relative(f.file)}:${f.line}:${f.column}  ${f.level}  ${f.id}  ${f.message}`);
}
const unexpected = errors.filter((f) => !BROKEN.includes(relative(f.file)));
const unreported = BROKEN.filter((file) => !errors.some((f) => relative(f.file) === file));
if (unexpected.length > 0 || unreported.length > 0) {
  console.error(`\nUnexpected: errors outside the known-broken files: ${unexpected.length}; known-broken files not reported: ${unreported.join(', ') || 'none'}.`);
  process.exit(1);
}

// Mend the four defects in the temporary copy, as their authors would.
for (const file of BROKEN) {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8')
    .replace(/\{%\s*##/g, '{% #')
    .replace(/[ \t]*\{% \/table %\}/g, '\n{% /table %}');
  writeFileSync(path, text);
}
const built = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
  cwd: root,
  env: { ...process.env, CONTENT_DIR: content, OUT_DIR: join(work, 'dist'), MISSING_TARGETS: 'warning', ASTRO_TELEMETRY_DISABLED: '1' },
  encoding: 'utf8',
  maxBuffer: 256 << 20,
});
const pages = /(\d+) page\(s\) built/.exec(built.stdout)?.[1];
console.log(`\nBuild of the mended copy: ${built.status === 0 ? 'ok' : 'FAILED'}, ${pages ?? '?'} pages built.`);
console.log(`Output: ${join(work, 'dist')}`);
if (built.status !== 0) {
  console.error(built.stdout.slice(-4000), built.stderr.slice(-4000));
  process.exit(1);
}

// Every page's Markdown copy has exactly the page's anchors.
const { pages: published } = readManifest(buildStatePaths(readEnvironment(root, { CONTENT_DIR: content }).cacheDir).manifestFile);
const copyProblems = Object.values(published).flatMap(({ url, anchors }) => {
  const at = (name: string) => readFileSync(join(work, 'dist', url.slice(1), name), 'utf8');
  return copyAnchorProblems(at('index.md'), at('index.html'), anchors).map((p) => `${url}: ${p}`);
});
console.log(`Markdown copies: ${Object.keys(published).length} pages, ${copyProblems.length} anchor problems.`);
if (copyProblems.length > 0) {
  console.error(copyProblems.slice(0, 40).join('\n'));
  process.exit(1);
}

// Every icon the pages name is drawn (the sample names Appwrite's own: plus, cheveron-right).
const sources = readdirSync(join(content, 'docs'), { recursive: true }).map(String).filter((f) => f.endsWith('.mdoc'));
const written = sources.reduce((n, f) => n + (readFileSync(join(content, 'docs', f), 'utf8').match(/\{%-?\s*icon\s/g)?.length ?? 0), 0);
const drawn = Object.values(published).reduce((n, { url }) => n + (readFileSync(join(work, 'dist', url.slice(1), 'index.html'), 'utf8').match(/<svg class="icon"/g)?.length ?? 0), 0);
console.log(`Icons: ${written} {% icon %} tags in the pages, ${drawn} drawn.`);
if (written === 0 || drawn < written) {
  console.error('Some icons are not drawn.');
  process.exit(1);
}

// No page scrolls sideways on a phone (375 px wide).
const site = createServer(sirv(join(work, 'dist'), { extensions: ['html'] }));
await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
const port = (site.address() as { port: number }).port;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
const wide: string[] = [];
for (const { url } of Object.values(published)) {
  await phone.goto(`http://127.0.0.1:${port}${url}`);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  if (width > 375) wide.push(`${url}: ${width}px wide at 375px`);
}
await browser.close();
site.close();
console.log(`On a phone: ${Object.keys(published).length} pages, ${wide.length} wider than the screen.`);
if (wide.length > 0) {
  console.error(wide.join('\n'));
  process.exit(1);
}
if (process.env.KEEP_CORPUS !== '1') rmSync(work, { recursive: true, force: true });
