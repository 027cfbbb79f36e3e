import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, ROOT } from './helpers.ts';

const exec = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'docs-production-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs a command in the clean folder as a host's build image would: npm's own environment, no dev tools. */
async function run(command: string, args: string[], env: Record<string, string> = {}) {
  // A deploy host's PATH: the machine's Node and npm, nothing of this project's.
  const path = (process.env.PATH ?? '').split(':').filter((p) => !p.startsWith(ROOT)).join(':');
  return exec(command, args, { cwd: folder, env: buildEnv({ ...env, PATH: path }), maxBuffer: 64 << 20 });
}

describe('a production install in a clean folder', () => {
  it('builds the site: everything the build needs is a dependency, Node included', async () => {
    // The repository's files as a fresh clone has them (tracked, and new files not ignored).
    const { stdout } = await exec('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, maxBuffer: 64 << 20 });
    for (const file of stdout.split('\0').filter(Boolean)) {
      if (!existsSync(join(ROOT, file))) continue;
      mkdirSync(dirname(join(folder, file)), { recursive: true });
      cpSync(join(ROOT, file), join(folder, file));
    }
    // --prefer-offline: packages come from npm's cache when it has them (the project's own install filled it).
    await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { NODE_ENV: 'production' });
    expect(existsSync(join(folder, 'node_modules/vitest')), 'dev dependencies are left out').toBe(false);
    const { stdout: version } = await run('npm', ['exec', '--', 'node', '--version']);
    expect(version.trim()).toBe(`v${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies.node}`);

    await run('npm', ['run', 'build'], { NODE_ENV: 'production' });
    expect(readFileSync(join(folder, 'dist/docs/advanced/platform/api-keys/index.html'), 'utf8')).toContain('<h1');
    expect(existsSync(join(folder, 'dist/pagefind/pagefind.js'))).toBe(true);
  }, 600_000);
});
