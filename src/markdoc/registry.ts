import { isTagSchema, type TagSchema } from './tags/define.ts';

/** Files of the tags folder that hold no tags. */
const NOT_TAGS = new Set(['define.ts', 'index.ts']);

/** The tag modules among the file names of `src/markdoc/tags/`, in a stable order. */
export function tagModuleFiles(files: readonly string[]): string[] {
  return files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_TAGS.has(f)).sort();
}

/**
 * The source of `src/markdoc/tags/index.ts`, the registry of tag modules: `npm run editor-schema`
 * writes it from the folder's files, so adding a tag is its module and its component.
 */
export function renderTagRegistry(files: readonly string[]): string {
  const modules = tagModuleFiles(files).map((file) => file.slice(0, -'.ts'.length));
  const name = (module: string) => module.replace(/[^A-Za-z0-9_$]/g, '_');
  return [
    '// Written by `npm run editor-schema` from the tag modules of this folder: do not edit.',
    ...modules.map((m) => `import * as ${name(m)} from './${m}.ts';`),
    '',
    '/** Every tag module, by file name. */',
    `export const tagModules = { ${modules.map((m) => (name(m) === m ? m : `'${m}': ${name(m)}`)).join(', ')} };`,
    '',
  ].join('\n');
}

/**
 * The site's tags from its tag modules: every export of a module that is a tag schema, named by
 * its export (`export const arrow_link = …` is `{% arrow_link %}`). A name declared twice is a
 * mistake in the code, reported with both modules.
 */
export function collectTags(modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>): Record<string, TagSchema> {
  const tags: Record<string, TagSchema> = {};
  const from = new Map<string, string>();
  for (const [module, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (!isTagSchema(value)) continue;
      if (from.has(name)) throw new Error(`The tag ${name} is declared in src/markdoc/tags/${from.get(name)}.ts and in ${module}.ts: rename one.`);
      from.set(name, module);
      tags[name] = value;
    }
  }
  return tags;
}
