import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, readPage, ROOT } from './helpers.ts';

const exec = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'docs-scale-'));
const content = join(work, 'content');
const out = join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAGES = 1_000;
/** The most files the build may hold open: containers and CI runners often allow 1,024 or fewer. */
const OPEN_FILES = 256;

/** A page like a real reference page: headings with anchors, a callout, a table, code. */
function page(n: number): string {
  const rows = Array.from({ length: 8 }, (_, i) => `| \`scope${n}.item${i}\` | Access to item ${i} of page ${n} |`).join('\n');
  return `---\ntitle: Page ${n}\ndescription: Generated page ${n}.\n---\n{% info title="Note ${n}" %}\nA note on page ${n}.\n{% /info %}\n\n## Create {% #create %}\n\nText of page ${n}, linking to [page ${(n + 1) % PAGES}](/docs/section-${String(Math.floor(((n + 1) % PAGES) / 50)).padStart(2, '0')}/page-${(n + 1) % PAGES}/#create).\n\n\`\`\`js\nconst page = ${n};\nconsole.log(page);\n\`\`\`\n\n## Scopes {% #scopes %}\n\n| Name | Description |\n|---|---|\n${rows}\n`;
}

describe(`a site of ${PAGES} pages`, () => {
  it(`builds with at most ${OPEN_FILES} open files`, async () => {
    for (let n = 0; n < PAGES; n++) {
      const folder = join(content, 'docs', `section-${String(Math.floor(n / 50)).padStart(2, '0')}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `page-${n}.mdoc`), page(n));
    }
    writeFileSync(join(content, 'docs/index.mdoc'), '---\ntitle: Scale\n---\nA generated site.\n');
    // `ulimit -n` sets the hard limit too: Node raises its soft limit to the hard one, so the hard one is what counts.
    const command = `ulimit -n ${OPEN_FILES} && exec node scripts/build.ts --force`;
    const { stdout, stderr } = await exec('bash', ['-c', command], {
      cwd: ROOT,
      env: buildEnv({ CONTENT_DIR: content, OUT_DIR: out, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}` }),
      maxBuffer: 256 << 20,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`The build failed:\n${(error.stdout ?? '') + (error.stderr ?? '')}`.slice(-4000));
    });
    const output = stdout + stderr;
    expect(output).not.toContain('EMFILE');
    // Every page, the home page and the tag reference.
    expect(output).toMatch(new RegExp(`Indexed ${PAGES + 2} pages`));
    expect(readdirSync(join(out, 'docs/section-19'))).toHaveLength(50);
    expect(readPage('/docs/section-19/page-999/', out).querySelector('h2#scopes')?.text).toBe('Scopes');
  }, 600_000);
});
