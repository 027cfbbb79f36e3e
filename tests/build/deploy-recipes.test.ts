import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './helpers.ts';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const scripts: Record<string, string> = JSON.parse(read('package.json')).scripts;

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

/** The npm scripts a shell line runs (`npm run build`, `npm ci` is npm's own). */
const npmScripts = (line: string) => [...line.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);

describe('the GitHub Pages workflow', () => {
  const workflow = parseYaml(read('.github/workflows/deploy.yml'));
  const build: Step[] = workflow.jobs.build.steps;
  const deploy: Step[] = workflow.jobs.deploy.steps;
  const step = (uses: string) => build.find((s) => s.uses?.startsWith(`${uses}@`));

  it('runs on pushes to main, with the permissions a Pages deployment needs', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('builds from the whole history, after a production install, with the base path GitHub Pages gives', () => {
    expect(step('actions/checkout')?.with?.['fetch-depth']).toBe(0);
    const pages = step('actions/configure-pages');
    expect(pages?.id).toBe('pages');
    const runs = build.filter((s) => s.run).map((s) => s.run!);
    expect(runs[0]).toMatch(/^npm ci --omit=dev\b/);
    const buildStep = build.find((s) => s.run === 'npm run build');
    expect(buildStep?.env?.BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}/');
    // Every command the workflow runs is one of the project's scripts.
    for (const name of runs.flatMap(npmScripts)) expect(scripts, name).toHaveProperty(name);
    // Steps in order: install before build, configure before build, upload last.
    const order = (s: Step | undefined) => build.indexOf(s!);
    expect(order(pages)).toBeLessThan(order(buildStep));
    expect(order(step('actions/upload-pages-artifact'))).toBe(build.length - 1);
  });

  it('uploads the folder the build writes, and deploys it', () => {
    expect(step('actions/upload-pages-artifact')?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.environment.name).toBe('github-pages');
    expect(deploy.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    expect(workflow.jobs.deploy.environment.url).toBe('${{ steps.deployment.outputs.page_url }}');
    expect(deploy[0]!.id).toBe('deployment');
  });
});

describe('the Netlify settings', () => {
  const netlify = parseToml(read('netlify.toml')) as { build: { command: string; publish: string; environment: Record<string, string> } };
  it('build with the project\'s build script and publish dist/', () => {
    expect(netlify.build.command).toBe('npm run build');
    expect(netlify.build.publish).toBe('dist');
    expect(Number(netlify.build.environment.NODE_VERSION)).toBeGreaterThanOrEqual(22);
  });
});
