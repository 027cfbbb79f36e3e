import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.ts';

describe('npm run check on language folders', () => {
  const site = mkdtempSync(join(tmpdir(), 'docs-languages-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const page = '---\ntitle: Scopes\ndescription: What each scope allows.\n---\n\nEach key has scopes.\n';
  mkdirSync(join(site, 'docs'), { recursive: true });
  writeFileSync(join(site, 'docs/scopes.mdoc'), page);
  for (const folder of ['fr', 'fr_FR', 'french', 'xx', 'en', 'pt-BR', 'pt-br']) {
    mkdirSync(join(site, 'i18n', folder, 'docs'), { recursive: true });
    writeFileSync(join(site, 'i18n', folder, 'docs/scopes.mdoc'), page);
  }
  mkdirSync(join(site, 'i18n/ar'), { recursive: true });

  it('reports each folder that cannot be a language at the folder, with the fix', async () => {
    const { code, stdout } = await runCli(site);
    expect(code).toBe(1);
    // A content folder outside the project is named by its absolute path.
    const at = (folder: string) => `${site}/i18n/${folder}:1:1`;
    const finding = (folder: string, id: string, message: string, hint: string) => `\n${at(folder)}  error  ${id}\n  ${message}\n  ${hint}`;
    expect(`\n${stdout}`).toContain(finding('ar', 'language-docs-missing', 'The language folder i18n/ar has no docs/ folder, so the language has no pages.', 'Put its translated pages in i18n/ar/docs/, at the same paths as their sources in docs/.'));
    expect(`\n${stdout}`).toContain(finding('en', 'language-default', "i18n/en is the site's default language (en, `lang` in src/site.config.ts), whose pages are docs/.", 'Move its pages into docs/ and remove the folder, or set `lang` to the language docs/ is written in.'));
    expect(`\n${stdout}`).toContain(finding('fr_FR', 'language-tag-invalid', 'The folder i18n/fr_FR is not named by a language tag, so its pages are not published.', 'Rename it to i18n/fr-FR.'));
    expect(`\n${stdout}`).toContain(finding('french', 'language-tag-unknown', 'The folder i18n/french names no known language, so its pages are not published.', 'Rename it to i18n/fr.'));
    expect(`\n${stdout}`).toContain(finding('xx', 'language-tag-unknown', 'The folder i18n/xx names no known language, so its pages are not published.', 'Name it by a BCP 47 language tag, such as fr, pt-BR, zh-Hans or ar.'));
    expect(`\n${stdout}`).toContain(finding('pt-br', 'language-duplicate', 'i18n/pt-br and i18n/pt-BR are the same language (pt-BR): only i18n/pt-BR is published.', 'Move the pages of i18n/pt-br into i18n/pt-BR and remove i18n/pt-br.'));
    // The languages whose folders are right are not reported.
    expect(stdout).not.toMatch(/i18n\/(fr|pt-BR):1:1/);
    expect(stdout.match(/ {2}error {2}language-/g)).toHaveLength(6);
  });
});
