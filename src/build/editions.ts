import { readSiteLanguages, type SiteLanguage, type SiteLanguages } from '../config/languages.ts';
import { readSiteVersions, versionDir } from '../config/versions.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { DocsVersion, VersionFolderProblem } from '../site/versions.ts';
import type { SiteConfig } from '../site.config.ts';

/** The docs of one version in one language, and the pipeline that compiles them. */
export interface EditionPipeline {
  pipeline: Pipeline;
  version: DocsVersion;
  language: SiteLanguage;
  /** The tag of a translated language; none for the default one. */
  tag?: string;
}

/** The site's versions, with the languages each one has. */
export interface SiteEditions {
  versions: { version: DocsVersion; languages: SiteLanguages }[];
  /** The version folders left out, and why (the checks report them). */
  problems: VersionFolderProblem[];
}

/** The site's versions and, for each, its languages (from its own `i18n/` folder). */
export function readSiteEditions(contentDir: string, site: Pick<SiteConfig, 'lang' | 'languages' | 'versions'>): SiteEditions {
  const { all, problems } = readSiteVersions(contentDir, site.versions);
  return { versions: all.map((version) => ({ version, languages: readSiteLanguages(versionDir(contentDir, version), site) })), problems };
}

/** A key that changes when the site's editions do (a version or a language folder added, removed or renamed). */
export function editionsKey(editions: SiteEditions): string {
  return JSON.stringify(editions.versions.map(({ version, languages }) => [version.name ?? '', version.label, version.status, languages.translated.map((l) => [l.tag, l.folder])]));
}

/**
 * One pipeline per version and language, sharing the highlighter of `current` (the current
 * version's default language, which comes first).
 */
export async function editionPipelines(current: Pipeline, editions: SiteEditions): Promise<EditionPipeline[]> {
  const all: EditionPipeline[] = [];
  for (const { version, languages } of editions.versions) {
    const own = version.name ? await current.forEdition({ version: version.name }, languages.default.strings) : current;
    all.push({ pipeline: own, version, language: languages.default });
    for (const language of languages.translated) {
      const pipeline = await current.forEdition({ language: { tag: language.tag, folder: language.folder }, ...(version.name ? { version: version.name } : {}) }, language.strings);
      all.push({ pipeline, version, language, tag: language.tag });
    }
  }
  return all;
}
