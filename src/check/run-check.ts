import type { AnchorLock } from './anchor-lock';
import { join } from 'node:path';
import { ANCHOR_LOCK_FILE, checkSite, listPublicFiles, readAnchorLock } from './check-site';
import type { PageFacts } from './check-page';
import { uniqueDiagnostics, type Diagnostic, type Level } from './diagnostics';
import { Pipeline, type PipelineOptions } from '../pipeline/pipeline';
import { checkLanguageFolders, checkLanguageStrings } from './check-languages';
import { checkTranslations, fallbackTargets, translationTable, type TranslationRow } from './check-translations';
import { statusReader } from './translation-status';
import { readSiteLanguages } from '../config/languages';
import type { SiteConfig } from '../site.config';

/** What a full content check found. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  pages: PageFacts[];
  /** How far each language's translation has come. */
  translations: TranslationRow[];
  /** The anchor lock's path, and the lock as it was read, if there is one. */
  lock: { path: string; file: string; exists: boolean; current?: AnchorLock };
}

/**
 * Checks a whole content folder as `npm run check` does: every page on its own, the partials,
 * then the links between pages, the anchor lock and the language folders (`lang`: the default
 * language's tag). Each file's problems are reported and the run
 * goes on; nothing in the content makes it throw.
 */
export async function runCheck(options: PipelineOptions & { publicDir: string; missingTargets?: Level; lang: string; languages?: SiteConfig['languages'] }): Promise<CheckResult> {
  const pipeline = await Pipeline.create(options);
  const languages = readSiteLanguages(options.contentDir, { lang: options.lang, languages: options.languages ?? {} });
  const pipelines = [pipeline, ...(await Promise.all(languages.translated.map((l) => pipeline.forLanguage({ tag: l.tag, folder: l.folder }, l.strings))))];
  const diagnostics: Diagnostic[] = pipelines.flatMap((each) => each.partialDiagnostics);
  const pages: PageFacts[] = [];
  for (const each of pipelines) {
    for (const name of await each.listPages()) {
      const page = await each.analyze(name);
      diagnostics.push(...page.diagnostics);
      pages.push(page.facts);
    }
  }
  const statusOf = statusReader(options.root, options.contentDir);
  const path = join(options.contentDir, ANCHOR_LOCK_FILE);
  const file = pipeline.repoPath(path);
  const lock = await readAnchorLock(path, file);
  diagnostics.push(
    ...checkSite(pages, { publicFiles: await listPublicFiles(options.publicDir), lock, lockFile: file, missingTargets: options.missingTargets, targets: fallbackTargets(pages, languages) }),
    ...checkTranslations(pages, languages, statusOf),
    ...checkLanguageFolders(options.contentDir, options.lang, (path) => pipeline.repoPath(path)),
    ...checkLanguageStrings(languages, options.contentDir, (path) => pipeline.repoPath(path)),
  );
  const located = pipelines.reduce((found, each) => each.withIncludeSites(found, pages), uniqueDiagnostics(diagnostics));
  return { diagnostics: located, pages, translations: translationTable(pages, languages, statusOf), lock: { path, file, exists: lock !== undefined, ...(lock ? { current: lock } : {}) } };
}
