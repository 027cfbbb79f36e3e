import type { PipelineOptions } from '../pipeline/pipeline.ts';
import { siteConfig } from '../site.config.ts';
import { generatedPages, markdocConfig } from '../markdoc/config.ts';

/** What the page pipeline takes from this site's tags and settings (the build, the checker and the tests share it). */
export function sitePipelineOptions(): Omit<PipelineOptions, 'root' | 'contentDir' | 'base'> {
  return {
    config: markdocConfig,
    codeThemes: siteConfig.codeThemes,
    languageAliases: siteConfig.codeLanguageAliases,
    iconAliases: siteConfig.iconAliases,
    headingOffset: siteConfig.headingOffset,
    virtualPages: generatedPages(siteConfig.tagReference),
  };
}
