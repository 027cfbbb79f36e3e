import type { AnchorLock } from './anchor-lock';
import { join } from 'node:path';
import { ANCHOR_LOCK_FILE, checkSite, listPublicFiles, readAnchorLock } from './check-site';
import type { PageFacts } from './check-page';
import { uniqueDiagnostics, type Diagnostic, type Level } from './diagnostics';
import { Pipeline, type PipelineOptions } from '../pipeline/pipeline';
import { checkLanguageFolders } from './check-languages';

/** What a full content check found. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  pages: PageFacts[];
  /** The anchor lock's path, and the lock as it was read, if there is one. */
  lock: { path: string; file: string; exists: boolean; current?: AnchorLock };
}

/**
 * Checks a whole content folder as `npm run check` does: every page on its own, the partials,
 * then the links between pages, the anchor lock and the language folders (`lang`: the default
 * language's tag). Each file's problems are reported and the run
 * goes on; nothing in the content makes it throw.
 */
export async function runCheck(options: PipelineOptions & { publicDir: string; missingTargets?: Level; lang: string }): Promise<CheckResult> {
  const pipeline = await Pipeline.create(options);
  const diagnostics: Diagnostic[] = [...pipeline.partialDiagnostics];
  const pages: PageFacts[] = [];
  for (const name of await pipeline.listPages()) {
    const page = await pipeline.analyze(name);
    diagnostics.push(...page.diagnostics);
    pages.push(page.facts);
  }
  const path = join(options.contentDir, ANCHOR_LOCK_FILE);
  const file = pipeline.repoPath(path);
  const lock = await readAnchorLock(path, file);
  diagnostics.push(...checkSite(pages, { publicFiles: await listPublicFiles(options.publicDir), lock, lockFile: file, missingTargets: options.missingTargets }));
  diagnostics.push(...checkLanguageFolders(options.contentDir, options.lang, (path) => pipeline.repoPath(path)));
  return { diagnostics: pipeline.withIncludeSites(uniqueDiagnostics(diagnostics), pages), pages, lock: { path, file, exists: lock !== undefined, ...(lock ? { current: lock } : {}) } };
}
