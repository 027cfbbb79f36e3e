import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, writeSite } from './helpers.ts';

/** A content folder made of files (paths under it → source). */
const site = (files: Record<string, string>) => writeSite('docs-translations-', files);

const page = (title: string, body: string) => `---\ntitle: ${title}\ndescription: A page about ${title.toLowerCase()}.\n---\n${body}\n`;

describe('npm run check on translations', () => {
  const dir = site({
    'docs/keys.mdoc': page('Keys', 'Keys open the API.\n\n## Scopes {% #scopes %}\n\nWhat a key may do.\n\n## Limits {% #limits %}\n\nHow often.\n\n## Rotation\n\nReplace keys.'),
    'docs/other.mdoc': page('Other', 'More.\n\n## Details {% #details %}\n\nText.'),
    'i18n/fr/docs/keys.mdoc': page('Clés', 'Les clés ouvrent l’API.\n\n## Portées {% #scopes %}\n\nCe que peut une clé.\n\n## Limites\n\nÀ quelle fréquence.\n\n## Rotation\n\nRemplacez les clés.'),
    'i18n/fr/docs/orphan.mdoc': page('Orphelin', 'Une page sans source.'),
    'i18n/fr/docs/links.mdoc': page(
      'Liens',
      'Voir les [portées](/docs/keys/#scopes) et\nles [détails](/docs/other/#details), [la page](/fr/docs/other/#details)\net [rien](/fr/docs/other/#nope).',
    ),
    'docs/links.mdoc': page('Links', 'See [scopes](/docs/keys/#scopes).'),
    'i18n/fr/docs/broken.mdoc': '---\ndescription: No title.\n---\nText.\n',
    'docs/broken.mdoc': page('Broken', 'Text.'),
    'i18n/de/docs/keys.mdoc': page('Schlüssel', 'Schlüssel öffnen die API.\n\n## Bereiche\n\nText.\n\n## Grenzen {% #limits %}\n\nText.'),
    'i18n/it/docs/other.mdoc': page('Altro', 'Di più.\n\n## Dettagli {% #details %}\n\nTesto.'),
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const findings = runCli(dir);
  const finding = (file: string, line: number, column: number, level: string, id: string) => new RegExp(`^${dir}/${file}:${line}:${column} {2}${level} {2}${id}$`, 'm');

  it('reports a source id a translation lost at the heading in its place, naming where the source has it', async () => {
    const { stdout } = await findings;
    expect(stdout).toMatch(finding('i18n/fr/docs/keys.mdoc', 11, 1, 'error', 'translation-anchor-missing'));
    expect(stdout).toContain(`This translation has no #limits, which its source gives a section (${dir}/docs/keys.mdoc:11:15): links to #limits in this language land at the top of the page.`);
    expect(stdout).toContain("If this is that section, give it the source's id instead of #limites: ## … {% #limits %}");
    // Ids made from heading text follow the translation's own text: `Rotation` is not owed.
    expect(stdout).not.toContain('no #rotation');
    // Another language is checked too.
    expect(stdout).toMatch(finding('i18n/de/docs/keys.mdoc', 7, 1, 'error', 'translation-anchor-missing'));
  });

  it('reports a translation of a page that does not exist', async () => {
    const { stdout } = await findings;
    expect(stdout).toMatch(finding('i18n/fr/docs/orphan.mdoc', 1, 1, 'error', 'translation-orphan'));
    expect(stdout).toContain('This fr page translates /docs/orphan/, which does not exist, so it is not published.');
  });

  it('asks a translation to link the translated page, and checks links to pages shown untranslated', async () => {
    const { stdout } = await findings;
    expect(stdout).toMatch(finding('i18n/fr/docs/links.mdoc', 5, 20, 'warning', 'translation-link-untranslated'));
    expect(stdout).toContain('Link the translation: /fr/docs/keys/#scopes');
    // /docs/other/ has no French translation: linking it is fine, and so is its French address.
    expect(stdout).not.toMatch(finding('i18n/fr/docs/links.mdoc', 6, 5, 'warning', 'translation-link-untranslated'));
    expect(stdout).not.toMatch(/links\.mdoc:6:\d+ {2}error/);
    // A missing section of a page shown untranslated is still a missing section.
    expect(stdout).toMatch(finding('i18n/fr/docs/links.mdoc', 7, 11, 'error', 'link-fragment-missing'));
  });

  it('reports a translated page without a title at its file, and publishes the rest', async () => {
    const { stdout } = await findings;
    expect(stdout).toMatch(finding('i18n/fr/docs/broken.mdoc', 1, 1, 'error', 'frontmatter-field-missing'));
  });

  it('lists the chrome strings of a language that has none of its own', async () => {
    const { stdout } = await findings;
    expect(stdout).toMatch(finding('i18n/it', 1, 1, 'warning', 'language-strings-missing'));
    expect(stdout).toMatch(/\d+ strings of the site's chrome have no it text and show in English: skipToContent, menu, /);
    expect(stdout).toContain("Give them in src/site.config.ts: languages: { 'it': { strings: { skipToContent: '…' } } }.");
    expect(stdout).not.toMatch(/i18n\/(fr|de):1:1/);
  });
});

describe('npm run check on translations that fell behind their source', () => {
  const dir = site({
    'docs/keys.mdoc': page('Keys', 'Keys open the API.\n\n## Scopes {% #scopes %}\n\nWhat a key may do.\n\n## Limits {% #limits %}\n\nHow often.'),
    'docs/other.mdoc': page('Other', 'More.'),
    'i18n/fr/docs/keys.mdoc': page('Clés', 'Les clés ouvrent l’API.\n\n## Portées {% #scopes %}\n\nCe que peut une clé.\n\n## Limites {% #limits %}\n\nÀ quelle fréquence.'),
    'i18n/fr/docs/other.mdoc': `---\ntitle: Autre\ndescription: Une autre page.\nsourceDigest: "000000000000"\n---\nPlus.\n`,
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.com' } });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'Pages and translations');
  // The source changes in its limits section, after the translation's last commit.
  writeFileSync(join(dir, 'docs/keys.mdoc'), page('Keys', 'Keys open the API.\n\n## Scopes {% #scopes %}\n\nWhat a key may do.\n\n## Limits {% #limits %}\n\nHow often, and how much.'));
  git('commit', '-qam', 'Limits');

  it('warns at the translation, naming the sections that changed and the command that shows how', async () => {
    const { stdout } = await runCli(dir, ['--translations']);
    const since = git('log', '--format=%H', '-1', '--', 'i18n/fr/docs/keys.mdoc').toString().trim().slice(0, 10);
    expect(stdout).toMatch(new RegExp(`^${dir}/i18n/fr/docs/keys.mdoc:1:1 {2}warning {2}translation-behind$`, 'm'));
    expect(stdout).toContain(`This translation is behind its source: ${dir}/docs/keys.mdoc changed in 1 commit since the translation's last (${since}), in #limits.`);
    expect(stdout).toContain(`See what changed with \`git diff ${since} -- ${dir}/docs/keys.mdoc\`, then update the translation and commit it.`);
  });

  it('tells from a recorded digest that the source changed, with the digest to record', async () => {
    const { stdout } = await runCli(dir);
    const current = createHash('sha1').update(readFileSync(join(dir, 'docs/other.mdoc'))).digest('hex').slice(0, 12);
    expect(stdout).toMatch(new RegExp(`^${dir}/i18n/fr/docs/other.mdoc:1:1 {2}warning {2}translation-digest-behind$`, 'm'));
    expect(stdout).toContain(`Update the translation, then set \`sourceDigest: "${current}"\` in its frontmatter.`);
  });

  it('prints each language’s translated, behind and missing pages with --translations', async () => {
    const { stdout } = await runCli(dir, ['--translations']);
    // The two pages and the generated tag reference, which no translation replaces here.
    expect(stdout).toContain('Translations of the 3 pages of the default language:');
    expect(stdout).toMatch(/^language +translated +behind +missing$/m);
    expect(stdout).toMatch(/^fr \(Français\) +2 \(67%\) +2 \(67%\) +1 \(33%\)$/m);
  });
});
