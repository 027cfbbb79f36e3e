import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'docs-malformed-'));
mkdirSync(join(dir, 'docs'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pages at the edge', () => {
  it('checks a 5 MB page and a page with tags nested 400 deep, and goes on to the others', async () => {
    const paragraph = 'Words that go on and on, with `code` and **bold** text and a [link](#big).\n\n';
    writeFileSync(join(dir, 'docs/big.mdoc'), `---\ntitle: Big\n---\n## Big {% #big %}\n\n${paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))}`);
    const depth = 400;
    writeFileSync(join(dir, 'docs/deep.mdoc'), `---\ntitle: Deep\n---\n${'{% note %}\n'.repeat(depth)}Deep text.\n${'{% /note %}\n'.repeat(depth)}`);
    writeFileSync(join(dir, 'docs/after.mdoc'), '---\ntitle: After\n---\n[Broken](/docs/none/)\n');
    const { diagnostics, pages } = await checkContent(dir);
    expect(pages.map((p) => p.url).sort()).toEqual(['/docs/after/', '/docs/big/', '/docs/contributing/tags/', '/docs/deep/']);
    expect(diagnostics.map((d) => [d.file.split('/').pop(), d.line, d.id])).toEqual([
      ['deep.mdoc', 4 + 50, 'tag-nesting-too-deep'],
      ['after.mdoc', 4, 'link-target-missing'],
    ]);
  }, 120_000);
});
