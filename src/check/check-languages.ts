import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from './catalog';
import type { Diagnostic } from './diagnostics';
import { siteLanguages, type LanguageFolder, type LanguageFolderProblem } from '../site/languages';

/** The folders under `CONTENT_DIR/i18n/`, each with whether it holds `docs/`. */
export function readLanguageFolders(contentDir: string): LanguageFolder[] {
  const dir = join(contentDir, 'i18n');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const docs = join(dir, entry.name, 'docs');
      return { name: entry.name, hasDocs: existsSync(docs) && statSync(docs).isDirectory() };
    });
}

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
 * The problems of a content folder's language folders (see ../site/languages.ts), each at its
 * folder; `repoPath` turns an absolute path into the path findings name.
 */
export function checkLanguageFolders(contentDir: string, defaultTag: string, repoPath: (path: string) => string): Diagnostic[] {
  const { problems } = siteLanguages(defaultTag, readLanguageFolders(contentDir));
  return problems.map((problem) => languageFolderDiagnostic(problem, (name) => repoPath(join(contentDir, 'i18n', name))));
}
