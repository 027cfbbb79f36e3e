/**
 * `npm run editor-schema`: after adding, removing or changing a tag, writes what is derived from
 * the tag modules: `src/markdoc/tags/index.ts` (the registry of tag modules) and
 * `src/markdoc/editor-schema.cjs` (the schema the Markdoc language server reads through
 * `markdoc.config.json`).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readOptions } from '../src/config/command-line.ts';
import { renderTagRegistry } from '../src/markdoc/registry.ts';

readOptions(
  `Usage: npm run editor-schema

Writes src/markdoc/tags/index.ts (the registry of tag modules) and src/markdoc/editor-schema.cjs
(the schema editors read) from the tag modules: run it after adding, removing or changing a tag.

  --help   this text`,
  {},
);

const root = resolve(import.meta.dirname, '..');
const tagsDir = resolve(root, 'src/markdoc/tags');
writeFileSync(resolve(tagsDir, 'index.ts'), renderTagRegistry(readdirSync(tagsDir)));
console.log('Wrote src/markdoc/tags/index.ts');

// Read after the registry is written, so the schema has every tag.
const { renderEditorSchema } = await import('../src/markdoc/editor-schema.ts');
const { markdocConfig } = await import('../src/markdoc/config.ts');
writeFileSync(resolve(root, 'src/markdoc/editor-schema.cjs'), renderEditorSchema(markdocConfig));
console.log('Wrote src/markdoc/editor-schema.cjs');
