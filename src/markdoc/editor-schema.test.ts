import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import Markdoc from '@markdoc/markdoc';
import { describe, expect, it } from 'vitest';
import { markdocConfig } from './config.ts';
import { renderEditorSchema } from './editor-schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the editor schema', () => {
  it('is up to date with the tags (run npm run editor-schema after changing a tag)', () => {
    expect(readFileSync(resolve(ROOT, 'src/markdoc/editor-schema.cjs'), 'utf8')).toBe(renderEditorSchema(markdocConfig));
  });
  it('validates like the site: the same mistakes, the same messages', () => {
    const schema = createRequire(import.meta.url)(resolve(ROOT, 'src/markdoc/editor-schema.cjs')) as typeof markdocConfig;
    const ast = Markdoc.parse('{% info type="nte" titel="x" %}\nx\n{% /info %}\n{% section step=1 title="A" %}\nx\n{% /section %}\n{% icon icon="plus" size="xl" /%}\n');
    const ids = (config: typeof markdocConfig) => Markdoc.validate(ast, config).map((e) => `${e.lines[0]} ${e.error.id} ${e.error.message}`);
    expect(ids(schema)).toEqual(ids(markdocConfig));
    expect(ids(schema)).toHaveLength(3);
  });
});
