import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectTags, renderTagRegistry, tagModuleFiles } from './registry.ts';

const TAGS_DIR = resolve(import.meta.dirname, 'tags');
const schema = (description: string) => ({ description, example: `{% x %}`, render: 'div' });

describe('the tag registry', () => {
  it('is up to date with the tag modules (run npm run editor-schema after adding or removing one)', () => {
    expect(readFileSync(resolve(TAGS_DIR, 'index.ts'), 'utf8')).toBe(renderTagRegistry(readdirSync(TAGS_DIR)));
  });
  it('lists tag modules only, in a stable order', () => {
    expect(tagModuleFiles(['tabs.ts', 'define.ts', 'index.ts', 'tabs.test.ts', 'arrow_link.ts', 'notes.md'])).toEqual(['arrow_link.ts', 'tabs.ts']);
    expect(renderTagRegistry(['b.ts', 'a-b.ts'])).toContain("export const tagModules = { 'a-b': a_b, b };");
  });
});

describe('collectTags', () => {
  it('takes every tag schema a module exports, by its export name, and nothing else', () => {
    const tags = collectTags({ callout: { info: schema('Info'), note: schema('Note'), CALLOUT_TYPES: ['info'] }, tabs: { tabs: schema('Tabs'), helper: () => 1 } });
    expect(Object.keys(tags)).toEqual(['info', 'note', 'tabs']);
  });
  it('refuses a tag declared in two modules, naming both', () => {
    expect(() => collectTags({ a: { note: schema('A') }, b: { note: schema('B') } })).toThrow('The tag note is declared in src/markdoc/tags/a.ts and in b.ts: rename one.');
  });
});
