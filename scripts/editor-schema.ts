/**
 * `npm run editor-schema`: writes `src/markdoc/editor-schema.cjs`, the schema the Markdoc language
 * server reads through `markdoc.config.json`, from the site's tags and nodes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderEditorSchema } from '../src/markdoc/editor-schema';
import { markdocConfig } from '../src/markdoc/config';

const root = resolve(import.meta.dirname, '..');
writeFileSync(resolve(root, 'src/markdoc/editor-schema.cjs'), renderEditorSchema(markdocConfig));
console.log('Wrote src/markdoc/editor-schema.cjs');
