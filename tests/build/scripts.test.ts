import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildEnv, ROOT } from './helpers.ts';

const exec = promisify(execFile);
const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;

/** Runs `npm run -s NAME -- ARGS` as a reader of the README would. */
async function npmRun(name: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('npm', ['run', '-s', name, '--', ...args], { cwd: ROOT, env: buildEnv({}) });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the scripts of scripts/', () => {
  // Each file in scripts/ and the npm script that runs it (the last command of its line).
  const files = readdirSync(join(ROOT, 'scripts')).filter((f) => f.endsWith('.ts'));
  const runners = files.map((file) => {
    const name = Object.keys(scripts).find((key) => new RegExp(`scripts/${file.replace('.', '\\.')}(?:\\s|$)`).test(scripts[key]!.split('&&').pop()!));
    return { file, name };
  });

  it('each has an npm script', () => {
    expect(runners.filter((r) => !r.name).map((r) => r.file)).toEqual([]);
  });

  it.each(runners.map((r) => [r.name!, r.file]))('npm run %s -- --help prints its usage and exits 0', async (name) => {
    const { code, stdout } = await npmRun(name, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: npm run ${name}\\b`));
    expect(stdout).toContain('--help');
  });

  it.each(['check', 'preview', 'bench', 'corpus', 'editor-schema', 'snapshot'])('npm run %s with an unknown option says so and exits 2', async (name) => {
    const { code, stderr } = await npmRun(name, ['--no-such-option']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--no-such-option'");
    expect(stderr).toContain(`Usage: npm run ${name}`);
  });
});
