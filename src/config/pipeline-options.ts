import type { Level } from '../check/diagnostics';
import type { PipelineOptions } from '../pipeline/pipeline';
import { siteConfig } from '../site.config';
import { generatedPages, markdocConfig } from '../markdoc/config';
import { CALLOUT_TITLES } from '../markdoc/tags/callout';

/** What the page pipeline takes from this site's tags and settings (the build, the checker and the tests share it). */
export function sitePipelineOptions(): Omit<PipelineOptions, 'root' | 'contentDir' | 'base'> {
  return {
    config: markdocConfig,
    codeThemes: siteConfig.codeThemes,
    languageAliases: siteConfig.codeLanguageAliases,
    blockTitles: CALLOUT_TITLES,
    headingOffset: siteConfig.headingOffset,
    virtualPages: generatedPages(siteConfig.tagReference),
  };
}

/**
 * How links to missing pages and files are reported: the `MISSING_TARGETS` environment variable
 * when set (`error` or `warning`), the site config otherwise.
 */
export function siteMissingTargets(value = process.env.MISSING_TARGETS, source = 'MISSING_TARGETS'): Level {
  if (value === undefined || value === '') return siteConfig.missingTargets;
  if (value === 'error' || value === 'warning') return value;
  throw new Error(`${source} is "${value}": set it to error or warning, or leave it unset.`);
}
