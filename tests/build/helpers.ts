import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Builds a site with Astro (`astro build`, in `root`), with extra environment variables (CONTENT_DIR, OUT_DIR, BASE_PATH) and arguments. */
export async function buildSite(env: Record<string, string>, root = ROOT, args: string[] = []): Promise<{ stdout: string; stderr: string }> {
  return exec(join(ROOT, 'node_modules/.bin/astro'), ['build', ...args], { cwd: root, env: buildEnv(env), maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Builds a site as `npm run build` does (scripts/build.ts: a fresh folder swapped in, unchanged
 * pages taken from the site it replaces), with extra environment variables and arguments.
 * Resolves with the exit code and the output, whatever the outcome.
 */
export async function runBuildScript(env: Record<string, string>, args: string[] = [], root = ROOT): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await exec(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts', ...args], { cwd: root, env: buildEnv(env), maxBuffer: 64 << 20 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : -1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

/** The files of the project that a build reads, besides its packages and its content. */
const PROJECT_FILES = ['src', 'scripts', 'public', 'astro.config.mjs', 'markdoc.config.mjs', 'markdoc.config.json', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** A copy of the project in a temporary folder, whose code a test may edit without touching this one. */
export interface ScratchProject {
  /** The copy's root: build it with `runBuildScript(env, args, root)`. */
  root: string;
  /** A content folder inside the copy, holding the fixture it was made with. */
  contentDir: string;
  /** Replaces `from` by `to` in a file of the copy; fails when `from` is not there, so an edit can never silently do nothing. */
  edit: (file: string, from: string | RegExp, to: string) => void;
  remove: () => void;
}

/**
 * Copies the project's code and a fixture site into a temporary folder. Its `node_modules` links
 * to this project's packages one by one, so Astro's and Vite's caches (`node_modules/.astro`,
 * `node_modules/.vite`) are the copy's own.
 */
export function scratchProject(fixture: string): ScratchProject {
  const root = mkdtempSync(join(tmpdir(), 'docs-project-'));
  for (const file of PROJECT_FILES) {
    if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(root, file), { recursive: true });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(entry)) continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  const contentDir = join(root, 'content');
  cpSync(join(ROOT, 'tests/fixtures', fixture), contentDir, { recursive: true });
  return {
    root,
    contentDir,
    edit(file, from, to) {
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      const edited = text.replace(from, to);
      if (edited === text) throw new Error(`${file} does not contain ${String(from)}: the edit would change nothing.`);
      writeFileSync(path, edited);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Every file under a folder, by its path below it (`/docs/index.html`), with a digest of its bytes. */
export function fileDigests(dir: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    digests[path.slice(dir.length)] = createHash('sha1').update(readFileSync(path)).digest('hex');
  }
  return digests;
}

/** How many docs pages a rebuild rendered and took over, from its output; undefined when it took none. */
export function reuseCounts(output: string): { rendered: number; taken: number } | undefined {
  const match = /Rendered (\d+) docs pages? that changed; took (\d+) docs pages? unchanged/.exec(output);
  return match ? { rendered: Number(match[1]), taken: Number(match[2]) } : undefined;
}
