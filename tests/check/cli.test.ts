import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.ts';

describe('npm run check', () => {
  it('exits 0 when the content is clean, listing the settings still left at the template\'s', async () => {
    const { code, stdout } = await runCli(join(ROOT, 'content'));
    expect(code).toBe(0);
    // The bundled site is the template: its four placeholder settings are its only findings.
    expect(stdout.match(/^src\/site\.config\.ts:\d+:\d+  warning  setting-placeholder$/gm)).toHaveLength(4);
    expect(stdout.trimEnd().split('\n').pop()).toBe('Found 0 errors and 4 warnings in 1 file.');
  });

  it('exits 1 on errors and ends with the summary', async () => {
    const { code, stdout } = await runCli('tests/fixtures/mistakes');
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n').pop()).toBe('Found 29 errors and 10 warnings in 33 files.');
    expect(stdout).toContain('tests/fixtures/mistakes/docs/tag-unknown.mdoc:4:4  error  tag-undefined\n  {% inf %} is not a tag this site knows.\n  Did you mean {% info %}?');
  });

  it('exits 0 on warnings alone, and 1 with --strict', async () => {
    const site = mkdtempSync(join(tmpdir(), 'docs-warn-'));
    cpSync(join(ROOT, 'tests/fixtures/mistakes/docs/description-placeholder.mdoc'), join(site, 'docs/page.mdoc'), { recursive: true });
    expect((await runCli(site)).code).toBe(0);
    expect((await runCli(site, ['--strict'])).code).toBe(1);
    rmSync(site, { recursive: true });
  });

  it('writes the report to a file with --output, whatever else is printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-report-'));
    const file = join(dir, 'report.json');
    const { code, stdout, stderr } = await runCli('tests/fixtures/mistakes', ['--format', 'json', '--output', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Wrote the json report to ${file}: 29 errors, 10 warnings.`);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    expect([report.errors, report.warnings, report.diagnostics.length]).toEqual([29, 10, 39]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes JSON for tools and annotations for GitHub Actions', async () => {
    const json = JSON.parse((await runCli('tests/fixtures/mistakes', ['--format', 'json'])).stdout);
    expect(json.errors).toBe(29);
    expect(json.warnings).toBe(10); // 6 in the pages, 4 for the template's settings
    expect(json.diagnostics.find((d: { file: string }) => d.file.startsWith('tests/'))).toEqual({
      file: 'tests/fixtures/mistakes/docs/attribute-type.mdoc',
      line: 4,
      column: 9,
      level: 'error',
      id: 'attribute-type-invalid',
      message: '{% info %}: title must be text.',
      hint: 'Quote the value: title="…".',
    });
    expect(json.filesWithProblems).toBe(new Set(json.diagnostics.map((d: { file: string }) => d.file)).size);
    // Every page of the fixture, and the generated tag reference.
    const files = readdirSync(join(ROOT, 'tests/fixtures/mistakes/docs'), { recursive: true }).filter((f) => String(f).endsWith('.mdoc'));
    expect(json.pagesChecked).toBe(files.length + 1);
    const github = (await runCli('tests/fixtures/mistakes', ['--format', 'github'])).stdout.split('\n');
    expect(github).toContain('::error file=tests/fixtures/mistakes/docs/tag-unknown.mdoc,line=4,col=4,title=tag-undefined::{%25 inf %25} is not a tag this site knows.%0ADid you mean {%25 info %25}?');
  });

  it('reports links to missing pages and images as warnings for a site moved over in parts', async () => {
    const site = mkdtempSync(join(tmpdir(), 'docs-partial-'));
    cpSync(join(ROOT, 'tests/fixtures/mistakes/docs/link-target-missing.mdoc'), join(site, 'docs/page.mdoc'), { recursive: true });
    writeFileSync(join(site, 'docs/other.mdoc'), '---\ntitle: Other\n---\n![Chart](/images/chart.png) and [a section](/docs/page/#nowhere).\n');
    const strict = await runCli(site);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('page.mdoc:4:17  error  link-target-missing');
    for (const run of [await runCli(site, ['--missing-targets', 'warning']), await runCli(site, [], { MISSING_TARGETS: 'warning' })]) {
      expect(run.stdout).toContain('page.mdoc:4:17  warning  link-target-missing');
      expect(run.stdout).toContain('other.mdoc:4:1  warning  image-missing');
      // A missing section of a page that exists is still an error.
      expect(run.stdout).toContain('other.mdoc:4:45  error  link-fragment-missing');
      expect(run.code).toBe(1);
    }
    writeFileSync(join(site, 'docs/other.mdoc'), '---\ntitle: Other\n---\n![Chart](/images/chart.png)\n');
    expect((await runCli(site, ['--missing-targets', 'warning'])).code).toBe(0);
    const bad = await runCli(site, [], { MISSING_TARGETS: 'sometimes' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('MISSING_TARGETS is "sometimes": set it to error or warning');
    const badFlag = await runCli(site, ['--missing-targets', 'often']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('--missing-targets is "often": set it to error or warning');
    rmSync(site, { recursive: true });
  });

  it('exits 2 with the usage on a bad option', async () => {
    const { code, stderr } = await runCli('content', ['--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run check');
  });
});

describe('the anchor lock', () => {
  const site = mkdtempSync(join(tmpdir(), 'docs-lock-'));
  cpSync(join(ROOT, 'tests/fixtures/basic'), site, { recursive: true });
  const page = join(site, 'docs/guides/setup.mdoc');
  const original = readFileSync(page, 'utf8');
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('is written by --update-anchors with every page and anchor', async () => {
    expect((await runCli(site, ['--update-anchors'])).code).toBe(0);
    const lock = JSON.parse(readFileSync(join(site, 'anchors.lock.json'), 'utf8'));
    expect(lock.version).toBe(1);
    expect(Object.keys(lock.pages)).toEqual(['/docs/', '/docs/contributing/tags/', '/docs/guides/nested/', '/docs/guides/setup/']);
    expect(lock.pages['/docs/guides/setup/']).toEqual(['install']);
    expect(lock.pages['/docs/contributing/tags/']).toContain('tag-info');
  });

  it('fails when a locked anchor disappears, naming the page, the anchor and the two ways out', async () => {
    writeFileSync(page, original.replace('## Install {% #install %}', '## Installation {% #installation %}'));
    const { code, stdout } = await runCli(site);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'docs/guides/setup.mdoc:11:21  error  anchor-removed\n' +
        '  /docs/guides/setup/#install no longer exists, but readers may have linked to it.\n' +
        '  If #installation replaces it, keep the old link working: write {% #installation aliases=["install"] %} here. If the removal is intended, run npm run check -- --update-anchors.',
    );
  });

  it('passes again once the old anchor is an alias, listing the new anchor as unprotected, an error with --strict', async () => {
    writeFileSync(page, original.replace('## Install {% #install %}', '## Installation {% #installation aliases=["install"] %}'));
    const { code, stdout } = await runCli(site);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'docs/guides/setup.mdoc:11:21  warning  anchor-unlocked\n  #installation is not in the anchor lock yet: nothing keeps links to /docs/guides/setup/#installation working.\n  Run npm run check -- --update-anchors and commit the lock file.',
    );
    expect((await runCli(site, ['--strict'])).code).toBe(1);
  });

  it('says what --update-anchors added and removed, and whether errors remain', async () => {
    const { code, stderr } = await runCli(site, ['--update-anchors']);
    expect(code).toBe(0);
    expect(stderr).toContain('Added: 1 (/docs/guides/setup/#installation). Removed: none.');
    expect(stderr).toContain('No errors remain.');
    expect((await runCli(site)).stdout).not.toContain('anchor-unlocked');
    writeFileSync(page, original);
    const back = await runCli(site, ['--update-anchors']);
    expect(back.stderr).toContain('Added: none. Removed: 1 (/docs/guides/setup/#installation).');
  });

  it('follows a moved page through redirectFrom, and fails for a page that is gone', async () => {
    rmSync(page);
    const { code, stdout } = await runCli(site);
    expect(code).toBe(1);
    expect(stdout).toContain('anchors.lock.json:1:1  error  anchor-page-removed\n  The page /docs/guides/setup/ is gone, but readers may have linked to it.');
    const moved = original.replace('redirectFrom:\n', 'redirectFrom:\n  - /docs/guides/setup/\n');
    expect(moved).not.toBe(original);
    writeFileSync(join(site, 'docs/guides/moved.mdoc'), moved);
    expect((await runCli(site)).code).toBe(0);
  });
});
