import { listPublicFiles } from './check-site.ts';
import type { PageFacts } from './check-page.ts';
import { uniqueDiagnostics, type Diagnostic, type Level } from './diagnostics.ts';
import { Pipeline, type PipelineOptions } from '../pipeline/pipeline.ts';
import { translationTable, type TranslationRow } from './check-translations.ts';
import { statusReader } from './translation-status.ts';
import { checkEditions, pagesByVersion, readLocks, type VersionLock } from './check-editions.ts';
import { editionPipelines, readSiteEditions, type SiteEditions } from '../build/editions.ts';
import type { SiteConfig } from '../site.config.ts';

/** What a full content check found. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  pages: PageFacts[];
  /** How far each language's translation of the current version has come. */
  translations: TranslationRow[];
  /** The site's versions and their languages. */
  editions: SiteEditions;
  /** Each version's anchor lock, the current version's first: where it is, and what it held when read. */
  locks: VersionLock[];
}

/**
 * Checks a whole content folder as `npm run check` does: every page of every version and
 * language on its own, the partials, then the links between pages, the anchor locks, the
 * translations and the language and version folders (`lang`, `languages`, `versions`: the site's
 * settings). Each file's problems are reported and the run goes on; nothing in the content makes it throw.
 */
export async function runCheck(
  options: PipelineOptions & { publicDir: string; missingTargets?: Level } & Pick<SiteConfig, 'lang'> & Partial<Pick<SiteConfig, 'languages' | 'versions'>>,
): Promise<CheckResult> {
  const pipeline = await Pipeline.create(options);
  const editions = readSiteEditions(options.contentDir, { lang: options.lang, languages: options.languages ?? {}, versions: options.versions ?? { current: { label: 'current' } } });
  const pipelines = (await editionPipelines(pipeline, editions)).map((e) => e.pipeline);
  const diagnostics: Diagnostic[] = pipelines.flatMap((each) => each.partialDiagnostics);
  const pages: PageFacts[] = [];
  for (const each of pipelines) {
    for (const name of await each.listPages()) {
      const page = await each.analyze(name);
      diagnostics.push(...page.diagnostics);
      pages.push(page.facts);
    }
  }
  const repoPath = (path: string) => pipeline.repoPath(path);
  const statusOf = statusReader(options.root, options.contentDir);
  const locks = await readLocks(options.contentDir, editions.versions.map((v) => v.version), repoPath);
  diagnostics.push(
    ...checkEditions(pages, {
      contentDir: options.contentDir,
      editions,
      locks,
      publicFiles: await listPublicFiles(options.publicDir),
      missingTargets: options.missingTargets,
      statusOf,
      repoPath,
    }),
  );
  const located = pipelines.reduce((found, each) => each.withIncludeSites(found, pages), uniqueDiagnostics(diagnostics));
  const current = pagesByVersion(pages, editions.versions.map((v) => v.version)).get('') ?? [];
  return {
    diagnostics: located,
    pages,
    translations: translationTable(current, editions.versions[0]!.languages, statusOf),
    editions,
    locks,
  };
}
