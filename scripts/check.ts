/**
 * `npm run check`: checks every page of the content folder and prints each problem with its
 * file:line:col, what is wrong and how to fix it.
 *
 *   npm run check                        all problems, grouped by file
 *   npm run check -- --strict            warnings fail too
 *   npm run check -- --format json       for tools; --format github for GitHub Actions annotations
 *   npm run check -- --format json --output report.json
 *                                        the report in a file (npm prints its own lines on stdout)
 *   npm run check -- --update-anchors    rewrite the anchor lock after an intended removal
 *   npm run check -- --translations      also print each language's translated, behind and missing pages
 *   npm run check -- --versions          also print each old version's pages and what changed since its snapshot
 *   npm run check -- --missing-targets warning
 *                                        links to pages or files that do not exist are warnings
 *
 * Exit code: 1 when there are errors (or warnings with --strict), 0 otherwise, 2 for bad usage.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildAnchorLock, lockChanges } from '../src/check/anchor-lock.ts';
import { formatDiagnostics, formatGithub, formatJson, type Level } from '../src/check/diagnostics.ts';
import { parseMissingTargets, readEnvironment, type Environment } from '../src/config/env.ts';
import { runCheck } from '../src/check/run-check.ts';
import { formatTranslationTable } from '../src/check/check-translations.ts';
import { pagesByVersion } from '../src/check/check-editions.ts';
import { changedSinceSnapshot } from '../src/build/snapshot.ts';
import { versionDir } from '../src/config/versions.ts';
import { readOptions } from '../src/config/command-line.ts';
import { sitePipelineOptions } from '../src/config/pipeline-options.ts';
import { settingsFindings } from '../src/config/settings-findings.ts';
import { siteConfig } from '../src/site.config.ts';

const USAGE = `Usage: npm run check [-- OPTIONS]

Checks every page, partial and link of the content folder and prints each problem with its
file:line:col, what is wrong and how to fix it. Exit code 1 when there are errors.

  --strict                        warnings fail too
  --format text|json|github       json for tools, github for GitHub Actions annotations
  --output FILE                   write the report to FILE (npm prints its own lines on stdout)
  --update-anchors                rewrite the anchor lock after an intended change
  --translations                  also print, per language, the pages translated, behind their
                                  source and missing, with percentages
  --versions                      also print each old version's pages and the files edited,
                                  added or removed since its snapshot
  --missing-targets error|warning links to pages or files that do not exist are warnings
  --help                          this text

Environment: CONTENT_DIR, BASE_PATH, MISSING_TARGETS (see the README).`;

async function main(): Promise<number> {
  const args = readOptions(USAGE, {
    strict: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    output: { type: 'string' },
    'update-anchors': { type: 'boolean', default: false },
    translations: { type: 'boolean', default: false },
    versions: { type: 'boolean', default: false },
    'missing-targets': { type: 'string' },
  });
  if (!['text', 'json', 'github'].includes(args.format)) {
    console.error(`Unknown format "${args.format}".\n${USAGE}`);
    return 2;
  }

  const root = resolve(import.meta.dirname, '..');
  let env: Environment;
  let missingTargets: Level;
  try {
    env = readEnvironment(root);
    const flag = args['missing-targets'];
    missingTargets = flag === undefined ? env.missingTargets : parseMissingTargets(flag, '--missing-targets');
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }

  const { diagnostics, pages, locks, translations, editions } = await runCheck({
    root,
    contentDir: env.contentDir,
    publicDir: join(root, 'public'),
    ...sitePipelineOptions(),
    base: env.base,
    missingTargets,
    lang: siteConfig.lang,
    languages: siteConfig.languages,
    versions: siteConfig.versions,
  });
  diagnostics.push(...settingsFindings(root));
  if (args['update-anchors']) {
    // Only the locks are written (one per version): the checker never changes content files.
    const versions = editions.versions.map((v) => v.version);
    const byVersion = pagesByVersion(pages, versions);
    for (const { version, path, file, lock: before } of locks) {
      const own = byVersion.get(version.name ?? '') ?? [];
      const next = buildAnchorLock(own);
      await writeFile(path, `${JSON.stringify(next, null, 2)}\n`);
      const { added, removed } = lockChanges(before, next);
      const listed = (list: string[]) => (list.length === 0 ? 'none' : `${list.length} (${list.slice(0, 10).join(', ')}${list.length > 10 ? ', …' : ''})`);
      console.error(`Wrote ${file}: ${own.length} pages, ${own.reduce((n, p) => n + new Set(p.anchors).size, 0)} anchors. Added: ${listed(added)}. Removed: ${listed(removed)}.`);
    }
    const kept = diagnostics.filter((d) => d.id !== 'anchor-removed' && d.id !== 'anchor-page-removed' && d.id !== 'anchor-unlocked');
    diagnostics.length = 0;
    diagnostics.push(...kept);
    const remaining = kept.filter((d) => d.level === 'error').length;
    console.error(remaining === 0 ? 'No errors remain.' : `${remaining} error${remaining === 1 ? '' : 's'} remain${remaining === 1 ? 's' : ''}: see below.`);
  }

  const errors = diagnostics.filter((d) => d.level === 'error').length;
  const warnings = diagnostics.length - errors;
  const report =
    args.format === 'json'
      ? formatJson(diagnostics, pages.length)
      : args.format === 'github'
        ? diagnostics.length > 0 ? formatGithub(diagnostics) : ''
        : diagnostics.length === 0 ? `Checked ${pages.length} pages: no problems found.` : formatDiagnostics(diagnostics);
  if (args.output) {
    // A file holds the report alone: stdout under `npm run` starts with npm's own lines.
    await writeFile(resolve(args.output), report ? `${report}\n` : '');
    console.error(`Wrote the ${args.format} report to ${args.output}: ${errors} errors, ${warnings} warnings.`);
  } else if (report) {
    console.log(report);
  }
  if (args.translations) {
    // After the findings (and on stderr when they are JSON), so tools reading stdout are unaffected.
    const total = translations[0]?.total ?? pages.length;
    (args.format === 'text' && !args.output ? console.log : console.error)(`\nTranslations of the ${total} pages of the default language:\n${formatTranslationTable(translations)}`);
  }
  if (args.versions) {
    const byVersion = pagesByVersion(pages, editions.versions.map((v) => v.version));
    const lines = editions.versions.map(({ version }) => {
      const count = `${byVersion.get(version.name ?? '')?.length ?? 0} pages`;
      if (!version.name) return `${version.label} (current, docs/): ${count}`;
      const changes = changedSinceSnapshot(versionDir(env.contentDir, version));
      const status = version.status === 'unsupported' ? ', unsupported' : '';
      if (!changes) return `${version.label} (versions/${version.name}/${status}): ${count}; no snapshot record, so changes since cannot be told`;
      const listed = [...changes.changed.map((f) => `edited ${f}`), ...changes.added.map((f) => `added ${f}`), ...changes.removed.map((f) => `removed ${f}`)];
      return `${version.label} (versions/${version.name}/${status}): ${count}; ${listed.length === 0 ? 'unchanged since its snapshot' : `changed since its snapshot:\n${listed.map((l) => `    ${l}`).join('\n')}`}`;
    });
    (args.format === 'text' && !args.output ? console.log : console.error)(`\nVersions, newest first:\n${lines.map((l) => `  ${l}`).join('\n')}`);
  }
  const currentLock = locks[0]!;
  if (!currentLock.lock && !args['update-anchors'] && args.format === 'text') {
    console.error(`\nNo anchor lock at ${currentLock.file}: run npm run check -- --update-anchors to promise readers that today's anchors keep working.`);
  }
  return errors > 0 || (args.strict && warnings > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Problems in content are diagnostics; this is a problem with the checker or its setup.
    console.error(`The checker could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
