import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, ROOT, runBuildScript, scratchProject } from './helpers.ts';

const exec = promisify(execFile);
// A copy of the project: the test fills in its site settings.
const project = scratchProject('basic');
afterAll(() => project.remove());

async function check(args: string[] = []): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await exec(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/check.ts', ...args], { cwd: project.root, env: buildEnv({}) });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe("a site whose settings are still the template's", () => {
  it('is told so by npm run check, at each setting, and fails with --strict', async () => {
    const { code, stdout } = await check();
    expect(code).toBe(0);
    for (const key of ['title', 'url', 'repository', 'editUrl']) expect(stdout).toMatch(new RegExp(`src/site\\.config\\.ts:\\d+:\\d+  warning  setting-placeholder\\n  \`${key}\` is still the template's`));
    // At the url setting's value, in the config's own lines.
    const lines = readFileSync(join(project.root, 'src/site.config.ts'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.startsWith("  url: 'https://docs.example.com'")) + 1;
    expect(line).toBeGreaterThan(0);
    expect(stdout).toContain(`src/site.config.ts:${line}:8  warning  setting-placeholder\n  \`url\` is still the template's "https://docs.example.com"`);
    expect((await check(['--strict'])).code).toBe(1);
  });

  it('is told so by the build, which still publishes it', async () => {
    const { code, output } = await runBuildScript({ OUT_DIR: join(project.root, 'out-template') }, [], project.root);
    expect(code, output).toBe(0);
    expect(output).toContain('warning  setting-placeholder');
  }, 180_000);

  it('stops the build at a head tag the policy cannot allow, at its line', async () => {
    project.edit('src/site.config.ts', '  head: [],', "  head: [{ tag: 'script', attrs: { src: 'javascript:alert(1)' } }],");
    const { code, output } = await runBuildScript({ OUT_DIR: join(project.root, 'out-bad-head') }, [], project.root);
    expect(code).toBe(1);
    expect(output).toMatch(/src\/site\.config\.ts:\d+:\d+  error  setting-invalid\n  `head`: src "javascript:alert\(1\)" is not an address a page may load\./);
    project.edit('src/site.config.ts', "  head: [{ tag: 'script', attrs: { src: 'javascript:alert(1)' } }],", '  head: [],');
  }, 180_000);

  it('hears nothing of it once they are its own', async () => {
    project.edit('src/site.config.ts', "title: 'Platform Docs'", "title: 'Acme Docs'");
    project.edit('src/site.config.ts', "url: 'https://docs.example.com'", "url: 'https://docs.acme.com'");
    project.edit('src/site.config.ts', "repository: 'https://github.com/example/docs'", "repository: 'https://github.com/acme/docs'");
    project.edit('src/site.config.ts', "editUrl: 'https://github.com/example/docs/edit/main/{path}'", "editUrl: 'https://github.com/acme/docs/edit/main/{path}'");
    const { code, stdout } = await check();
    expect(code).toBe(0);
    expect(stdout).not.toContain('setting-placeholder');
    const built = await runBuildScript({ OUT_DIR: join(project.root, 'out-own') }, [], project.root);
    expect(built.code, built.output).toBe(0);
    expect(built.output).not.toContain('setting-placeholder');
  }, 180_000);
});
