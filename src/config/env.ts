import { createHash } from 'node:crypto';
import { isAbsolute, join, resolve } from 'node:path';
import type { Level } from '../check/diagnostics.ts';
import { siteConfig } from '../site.config.ts';

/**
 * What the environment variables say about one run (a build, the dev server, the checker). They
 * are read here and nowhere else; everything else takes the values from {@link readEnvironment}.
 */
export interface Environment {
  /** The content folder, absolute: `CONTENT_DIR` (relative to the project, or absolute), `content/` by default. */
  contentDir: string;
  /**
   * Astro's cache folder, absolute. Another `CONTENT_DIR` gets its own, so building one site
   * never evicts another's pages.
   */
  cacheDir: string;
  /** Where the site is built: `OUT_DIR`, `dist/` by default. */
  outDir: string;
  /** The path the site is published under: `BASE_PATH` (`/docs-site/`), `/` by default. */
  base: string;
  /** How links to missing pages and files are reported: `MISSING_TARGETS`, the site config's otherwise. */
  missingTargets: Level;
  /** `CONTENT_ERRORS=warn`: publish despite content errors (previews of broken content). */
  publishWithErrors: boolean;
  /** `PREVIOUS_BUILD`: the built site a rebuild replaces and takes unchanged pages from. */
  previousBuild?: string;
}

/** Resolves the content root from `CONTENT_DIR` (relative to the project root, or absolute). */
export function resolveContentDir(root: string, contentDir: string | undefined): string {
  const dir = contentDir && contentDir.trim() !== '' ? contentDir.trim() : 'content';
  return isAbsolute(dir) ? dir : resolve(root, dir);
}

/**
 * Reads a missing-targets level given by the environment or a command-line flag (`source` names
 * it in the message); unset falls back to the site config's.
 */
export function parseMissingTargets(value: string | undefined, source: string, fallback: Level = siteConfig.missingTargets): Level {
  if (value === undefined || value === '') return fallback;
  if (value === 'error' || value === 'warning') return value;
  throw new Error(`${source} is "${value}": set it to error or warning, or leave it unset.`);
}

/** The environment of a run of the project at `root`. */
export function readEnvironment(root: string, env: Record<string, string | undefined> = process.env): Environment {
  const contentDir = env.CONTENT_DIR;
  return {
    contentDir: resolveContentDir(root, contentDir),
    cacheDir: join(root, 'node_modules/.astro', contentDir ? `content-${createHash('sha1').update(contentDir).digest('hex').slice(0, 10)}` : ''),
    outDir: resolve(root, env.OUT_DIR || 'dist'),
    base: env.BASE_PATH || '/',
    missingTargets: parseMissingTargets(env.MISSING_TARGETS, 'MISSING_TARGETS'),
    publishWithErrors: env.CONTENT_ERRORS === 'warn',
    ...(env.PREVIOUS_BUILD ? { previousBuild: env.PREVIOUS_BUILD } : {}),
  };
}
