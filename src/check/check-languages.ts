import { join } from 'node:path';
import { diagnose } from './catalog.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { LanguageFolderProblem } from '../site/languages.ts';
import type { SiteLanguages } from '../config/languages.ts';

/** A problem of a language folder as a finding at the folder (`content/i18n/fr_FR`). */
function languageFolderDiagnostic(problem: LanguageFolderProblem, folderPath: (name: string) => string): Diagnostic {
  const at = { file: folderPath(problem.folder), line: 1, column: 1 };
  switch (problem.kind) {
    case 'tag-invalid':
      return diagnose(problem.reading.problem === 'malformed' ? 'language-tag-invalid' : 'language-tag-unknown', at, { folder: problem.folder, suggestion: problem.reading.suggestion });
    case 'docs-missing':
      return diagnose('language-docs-missing', at, { folder: problem.folder });
    case 'default':
      return diagnose('language-default', at, { folder: problem.folder, tag: problem.tag });
    case 'duplicate':
      return diagnose('language-duplicate', at, { folder: problem.folder, first: problem.first, tag: problem.tag });
  }
}

/**
 * The problems of a content folder's language folders (as ../config/languages.ts read them), each
 * at its folder; `repoPath` turns an absolute path into the path findings name.
 */
export function checkLanguageFolders(languages: Pick<SiteLanguages, 'problems'>, contentDir: string, repoPath: (path: string) => string): Diagnostic[] {
  return languages.problems.map((problem) => languageFolderDiagnostic(problem, (name) => repoPath(join(contentDir, 'i18n', name))));
}

/**
 * The chrome's strings each language shows in English, for want of built-in ones or the site's
 * (`languages` in src/site.config.ts): one finding per language, at its folder (the default
 * language's at the site config).
 */
export function checkLanguageStrings(languages: SiteLanguages, contentDir: string, repoPath: (path: string) => string): Diagnostic[] {
  const all = [{ ...languages.default, at: 'src/site.config.ts' }, ...languages.translated.map((l) => ({ ...l, at: repoPath(join(contentDir, 'i18n', l.folder)) }))];
  return all
    .filter((l) => l.missingStrings.length > 0)
    .map((l) => diagnose('language-strings-missing', { file: l.at, line: 1, column: 1 }, { tag: l.tag, count: l.missingStrings.length, keys: l.missingStrings }));
}
