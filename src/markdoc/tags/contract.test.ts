import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdocConfig } from '../config.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The props a component declares in its `interface Props`. */
function propsOf(path: string): string[] {
  const source = readFileSync(resolve(ROOT, path), 'utf8');
  const block = /interface Props\s*\{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  return [...block.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]!);
}

const tags = Object.entries(markdocConfig.tags ?? {});
const componentTags = tags.filter(([, schema]) => typeof schema.render === 'object' && schema.render !== null);

describe('every tag against its component', () => {
  it('every component under src/components/content renders a tag, and every tag has its component', () => {
    const used = new Set(componentTags.map(([, schema]) => (schema.render as unknown as { path: string }).path));
    const files = readdirSync(resolve(ROOT, 'src/components/content')).map((f) => `./src/components/content/${f}`);
    expect([...used].filter((path) => !files.includes(path))).toEqual([]);
    expect(files.filter((path) => !used.has(path))).toEqual([]);
  });

  for (const [name, schema] of componentTags) {
    const path = (schema.render as unknown as { path: string }).path;
    it(`{% ${name} %}: every attribute is a prop of ${path.split('/').pop()}`, () => {
      const props = propsOf(path);
      // `section` turns id and title into the heading it passes as children.
      const consumed = name === 'section' ? ['id', 'title'] : [];
      const attributes = Object.keys(schema.attributes ?? {}).filter((a) => !consumed.includes(a));
      expect(attributes.filter((a) => !props.includes(a))).toEqual([]);
    });
    it(`{% ${name} %}: every attribute and the tag itself are described, with an example`, () => {
      expect(schema.description, name).toBeTruthy();
      expect((schema as { example?: string }).example, name).toBeTruthy();
      for (const [attribute, spec] of Object.entries(schema.attributes ?? {})) {
        expect((spec as { description?: string }).description, `${name}.${attribute}`).toBeTruthy();
      }
    });
  }
});
