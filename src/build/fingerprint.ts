import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Config } from '@markdoc/markdoc';
import { listFilesSync } from './files.ts';

/**
 * The project's code that compiles a page (parse, validate, transform, highlight) and the
 * settings it reads: the content cache holds pages compiled with it, and the dev server restarts
 * when it changes, so no page is served as older code compiled it.
 */
export const PIPELINE_SOURCES = [
  'src/pipeline',
  'src/markdoc',
  'src/check',
  'src/site',
  'src/build',
  'src/config',
  'src/site.config.ts',
  'markdoc.config.mjs',
  'package-lock.json',
];

/** Every file whose changes can change a page's HTML: the sources, config files and the packages' lock file. */
export const CODE_SOURCES = ['src', 'astro.config.mjs', 'markdoc.config.mjs', 'tsconfig.json', 'package-lock.json'];

/** Whether a path is a test, which no page is built with. */
const isTest = (path: string) => /\.test\.[cm]?[jt]sx?$/.test(path);

/**
 * The files of some of the sources above, as absolute paths in a stable order, tests left out.
 * A folder lists the files under it; a file is listed whether it exists or not (a project without
 * a `markdoc.config.mjs` simply has none to read).
 */
export function sourceFiles(root: string, sources: readonly string[]): string[] {
  return sources.flatMap((source) => {
    const path = join(root, source);
    return source.includes('.') ? [path] : listFilesSync(path).filter((f) => !isTest(f)).map((f) => join(path, f));
  });
}

/**
 * A digest of the files of some sources as they are on disk now, each named by its path in the
 * project: what the content cache, the rebuild's fingerprint and the dev server's restarts compare.
 */
export function sourcesDigest(root: string, sources: readonly string[]): string {
  const hash = createHash('sha1');
  for (const file of sourceFiles(root, sources)) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      continue; // A file a project does not have (no markdoc.config.mjs, no lock file) counts as absent.
    }
    hash.update(`\0${relative(root, file).split(sep).join('/')}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * A digest of the code that renders pages ({@link CODE_SOURCES}: the project's sources, tests
 * aside, its config files and the lock file of its packages) and the Node version, plus any other
 * settings given. A build with another fingerprint reuses nothing.
 */
export function codeFingerprint(root: string, settings: unknown): string {
  return createHash('sha1').update(`${process.version}\0${JSON.stringify(settings)}\0${sourcesDigest(root, CODE_SOURCES)}`).digest('hex');
}


/**
 * The fingerprint of the pipeline that compiles pages, for the content cache: the digest of
 * {@link PIPELINE_SOURCES}, the Markdoc config with its functions' code (so any change to a tag
 * changes it), the site config and the base path. A page compiled under another one is compiled again.
 */
export function pipelineFingerprint(pipelineSources: string, config: Config, site: unknown, base: string): string {
  const markdoc = JSON.stringify(config, (_key, value: unknown) => (typeof value === 'function' ? value.toString() : value));
  return createHash('sha1').update(`${pipelineSources}\0${markdoc}\0${JSON.stringify(site)}\0${base}`).digest('hex');
}
