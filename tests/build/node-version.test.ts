import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { nodeProblem } from '../../scripts/node-version.mjs';
import { ROOT } from './helpers.ts';

const astroRange: string = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).engines.node;
const satisfies = (v: string, r: string) => semver.satisfies(v, r);

describe('the Node check of the commands that start Astro', () => {
  it('passes the Node the project brings', () => {
    const own = execFileSync(join(ROOT, 'node_modules/.bin/node'), ['--version'], { encoding: 'utf8' }).trim();
    expect(nodeProblem({ version: own, execPath: 'node', range: astroRange, satisfies })).toBeUndefined();
  });

  it('names the fix when the Node is too old, or the packages are missing', () => {
    const problem = nodeProblem({ version: 'v20.20.2', execPath: '/usr/bin/node', range: astroRange, satisfies });
    expect(problem).toContain(`Astro needs Node ${astroRange}; the Node running this command is v20.20.2 (/usr/bin/node).`);
    expect(problem).toContain('run `npm ci`');
    expect(nodeProblem({ version: 'v24.0.0', execPath: 'node', range: undefined, satisfies })).toMatch(/not installed: run `npm ci`/);
  });

  it('runs first in every command that starts Astro', () => {
    const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    for (const name of ['build', 'dev', 'start', 'test']) expect(scripts[name], name).toMatch(/^node scripts\/node-version\.mjs && /);
  });

  // The machine's own Node, when it is older than Astro needs (Debian's is 20): the message, not a stack trace.
  const system = ['/usr/bin/node', '/usr/local/bin/node'].find(existsSync);
  const systemVersion = system ? execFileSync(system, ['--version'], { encoding: 'utf8' }).trim() : undefined;
  it.runIf(systemVersion && !semver.satisfies(systemVersion, astroRange))(`stops an old Node (${systemVersion ?? 'none here'}) with the message`, () => {
    const run = spawnSync(system!, ['scripts/node-version.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`the Node running this command is ${systemVersion}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
