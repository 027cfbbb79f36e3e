import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check.ts';
import { sitePipelineOptions } from '../../src/config/pipeline-options.ts';
import { ROOT, runCli, writeSite } from './helpers.ts';

/** A content folder made of files (paths under it → source). */
const site = (files: Record<string, string>) => writeSite('docs-versions-', files);

const page = (title: string, body: string) => `---\ntitle: ${title}\ndescription: A page about ${title.toLowerCase()}.\n---\n${body}\n`;

describe('npm run check on a site with old versions', () => {
  const dir = site({
    'docs/keys.mdoc': page('Keys', 'Keys open the API.\n\n## Scopes {% #scopes %}\n\nSee [the old scopes](/docs/1.x/keys/#scopes) and\n[nothing](/docs/1.x/keys/#limits).'),
    'docs/v2/page.mdoc': page('A page', 'In the way of version v2.'),
    'versions/1.x/docs/keys.mdoc': page('Keys', 'Old keys.\n\n## Scopes {% #scopes %}\n\nText.\n\n## Rotation {% #rotation %}\n\nText.'),
    'versions/v2/docs/index.mdoc': page('Two', 'Text.'),
    'versions/bad name/docs/keys.mdoc': page('Keys', 'Text.'),
    'versions/empty/notes.txt': 'No docs here.',
    'versions/twin/docs/keys.mdoc': page('Keys', 'Text.'),
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const check = runCheck({
    root: ROOT,
    contentDir: dir,
    publicDir: resolve(ROOT, 'public'),
    ...sitePipelineOptions(),
    base: '/',
    lang: 'en',
    versions: { current: { label: '3.x' }, old: { twin: { label: '1.x' } } },
  });
  const finding = (found: Awaited<typeof check>, file: string, id: string) => found.diagnostics.find((d) => d.file === `${dir}/${file}` && d.id === id);

  it('reports each version folder that cannot be published, at the folder, with the fix', async () => {
    const found = await check;
    expect(finding(found, 'versions/bad name', 'version-name-invalid')).toMatchObject({ line: 1, column: 1, message: 'The version folder versions/bad name has a name that cannot stand in a URL as it is, so it is not published.', hint: 'Rename it with letters, digits, dots, hyphens and underscores only: versions/bad-name.' });
    expect(finding(found, 'versions/empty', 'version-docs-missing')?.hint).toBe('Make it with npm run snapshot -- empty (which copies docs/, partials/ and i18n/), or put its pages in versions/empty/docs/.');
    expect(finding(found, 'versions/twin', 'version-label-duplicate')?.message).toBe('versions/twin is labelled 1.x, as versions/1.x is: readers could not tell them apart, so it is not published.');
    // The versions that can be published are.
    expect(found.editions.versions.map((v) => v.version.name ?? 'current')).toEqual(['current', 'v2', '1.x']);
  });

  it('reports a current page in a version’s place', async () => {
    const found = await check;
    expect(finding(found, 'docs/v2/page.mdoc', 'version-path-taken')).toMatchObject({ line: 1, column: 1, message: 'This page would be published at /docs/v2/page/, where the pages of version v2 are.' });
  });

  it('checks a link into a version against that version’s pages and anchors', async () => {
    const found = await check;
    const links = found.diagnostics.filter((d) => d.file === `${dir}/docs/keys.mdoc` && d.id.startsWith('link-'));
    expect(links.map((d) => [d.id, d.line, d.column])).toEqual([['link-fragment-missing', 10, 11]]);
  });

  it('reports a current page that lost an anchor the newest old version with it has', async () => {
    const found = await check;
    expect(finding(found, 'docs/keys.mdoc', 'version-anchor-lost')).toMatchObject({ level: 'warning', message: 'Version 1.x of this page has #rotation, which this version has not: readers switching versions there land at the top of the page.' });
  });
});

describe('npm run snapshot', () => {
  const dir = site({
    'docs/index.mdoc': page('Home', 'See [keys](/docs/keys/#scopes).'),
    'docs/keys.mdoc': page('Keys', '## Scopes {% #scopes %}\n\n{% partial file="note.md" /%}'),
    'partials/note.md': 'A note linking [home](/docs/).',
    'i18n/fr/docs/keys.mdoc': page('Clés', '## Portées {% #scopes %}\n\nVoir [l’accueil](/fr/docs/).'),
    'anchors.lock.json': JSON.stringify({ version: 1, pages: { '/docs/keys/': ['scopes'], '/fr/docs/keys/': ['scopes'] } }),
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const snapshot = (...args: string[]) => {
    try {
      return { code: 0, out: execFileSync(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/snapshot.ts', ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      const e = error as { status: number; stderr: string };
      return { code: e.status, out: e.stderr };
    }
  };

  it('freezes the docs, partials, translations and lock as versions/<name>/, links pointed into the version', () => {
    const { code, out } = snapshot('1.x');
    expect(code, out).toBe(0);
    expect(out).toContain('Snapshot 1.x: ');
    const version = join(dir, 'versions/1.x');
    expect(readFileSync(join(version, 'docs/index.mdoc'), 'utf8')).toContain('See [keys](/docs/1.x/keys/#scopes).');
    expect(readFileSync(join(version, 'partials/note.md'), 'utf8')).toBe('A note linking [home](/docs/1.x/).');
    expect(readFileSync(join(version, 'i18n/fr/docs/keys.mdoc'), 'utf8')).toContain('Voir [l’accueil](/fr/docs/1.x/).');
    expect(JSON.parse(readFileSync(join(version, 'anchors.lock.json'), 'utf8')).pages).toEqual({ '/docs/1.x/keys/': ['scopes'], '/fr/docs/1.x/keys/': ['scopes'] });
    expect(Object.keys(JSON.parse(readFileSync(join(version, 'snapshot.json'), 'utf8')).files)).toContain('docs/keys.mdoc');
  });

  it('refuses a name that exists, that is not URL-safe, or that a page has, and writes nothing', async () => {
    const before = readdirSync(join(dir, 'versions'));
    expect(snapshot('1.x')).toMatchObject({ code: 1, out: expect.stringContaining('versions/1.x exists already: a snapshot never replaces a version.') });
    expect(snapshot('v 2')).toMatchObject({ code: 1, out: expect.stringContaining('"v 2" cannot stand in a URL as it is') });
    expect(snapshot('keys')).toMatchObject({ code: 1, out: expect.stringContaining('docs/keys is a page of the current docs') });
    expect(snapshot()).toMatchObject({ code: 1, out: expect.stringContaining('Name the version to snapshot') });
    expect(readdirSync(join(dir, 'versions'))).toEqual(before);
    expect(existsSync(join(dir, 'versions/keys'))).toBe(false);
  });

  it('checks clean, and tells with --versions what changed in the version since', async () => {
    writeFileSync(join(dir, 'versions/1.x/docs/keys.mdoc'), page('Keys', '## Scopes {% #scopes %}\n\nFixed.'));
    const { stdout } = await runCli(dir, ['--versions']);
    expect(stdout).not.toMatch(/ error /);
    // Its two pages, the tag reference (frozen as a page of its own) and the French translation.
    expect(stdout).toMatch(/^ {2}1\.x \(versions\/1\.x\/\): 4 pages; changed since its snapshot:\n {4}edited docs\/keys\.mdoc$/m);
  });
});
