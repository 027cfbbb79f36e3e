import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sitePipelineOptions } from '../config/pipeline-options.ts';
import { Pipeline } from './pipeline.ts';

const root = mkdtempSync(join(tmpdir(), 'docs-pipeline-'));
const partials = join(root, 'content/partials');
mkdirSync(partials, { recursive: true });
mkdirSync(join(root, 'content/docs'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const create = () => Pipeline.create({ root, contentDir: join(root, 'content'), base: '/', ...sitePipelineOptions() });

describe('Pipeline.partialDependencies', () => {
  it('lists the partials a page includes and those they include, with a digest of each source', async () => {
    writeFileSync(join(partials, 'outer.md'), 'Outer.\n\n{% partial file="inner.md" /%}\n');
    writeFileSync(join(partials, 'inner.md'), 'Inner.\n');
    writeFileSync(join(partials, 'unused.md'), 'Unused.\n');
    const pipeline = await create();
    const before = pipeline.partialDependencies(['outer.md']);
    expect(Object.keys(before)).toEqual(['inner.md', 'outer.md']);
    expect(Object.values(before).every((d) => typeof d === 'string' && d.length > 0)).toBe(true);
    expect(pipeline.partialDependencies([])).toEqual({});

    // Editing an included partial's partial changes the page's dependencies; editing another does not.
    writeFileSync(join(partials, 'inner.md'), 'Inner, edited.\n');
    writeFileSync(join(partials, 'unused.md'), 'Unused, edited.\n');
    await pipeline.loadPartials();
    const after = pipeline.partialDependencies(['outer.md']);
    expect(after['outer.md']).toBe(before['outer.md']);
    expect(after['inner.md']).not.toBe(before['inner.md']);
  });

  it('names a partial that does not exist yet, so creating it changes the page', async () => {
    writeFileSync(join(partials, 'loop.md'), '{% partial file="loop.md" /%}\n{% partial file="later.md" /%}\n');
    const pipeline = await create();
    expect(pipeline.partialDependencies(['loop.md', 'missing.md'])).toEqual({
      'later.md': null,
      'loop.md': expect.any(String),
      'missing.md': null,
    });
    writeFileSync(join(partials, 'later.md'), 'Now here.\n');
    await pipeline.loadPartials();
    expect(pipeline.partialDependencies(['loop.md'])['later.md']).toEqual(expect.any(String));
  });
});
