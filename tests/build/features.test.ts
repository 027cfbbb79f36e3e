import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdocConfig } from '../../src/markdoc/config.ts';
import { CALLOUT_TITLES } from '../../src/markdoc/tags/callout.ts';
import { buildSite, readPage, scratchProject } from './helpers.ts';

// A copy of the project: one test adds a file to its public folder, another changes its site config.
const project = scratchProject('features');
const out = join(project.root, 'out');
let output = '';

/** Builds a content folder of the copy; resolves with the exit code and everything printed. */
async function build(env: Record<string, string>): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await buildSite({ OUT_DIR: out, ...env }, project.root);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : -1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

/** Every kind of callout the tags accept, from their schema. */
const CALLOUT_KINDS = markdocConfig.tags!.info!.attributes!.type!.matches as string[];

beforeAll(async () => {
  // A page with a callout of every kind the schema accepts, each set explicitly.
  writeFileSync(
    join(project.contentDir, 'docs/guides/callouts.mdoc'),
    `---\ntitle: Callouts\n---\n${CALLOUT_KINDS.map((kind) => `{% info type="${kind}" %}\nA ${kind} callout.\n{% /info %}\n`).join('\n')}`,
  );
  // A hand-written page with no part marked for search: the build must say it cannot index it.
  writeFileSync(join(project.root, 'public/legacy.html'), '<!doctype html><html lang="en"><head><title>Legacy</title></head><body><p>Old page.</p></body></html>');
  const result = await build({});
  expect(result.code, result.output).toBe(0);
  output = result.output;
}, 180_000);
afterAll(() => project.remove());

const article = (url: string) => readPage(url, out).querySelector('article')!;

describe('a page that starts its sections at #', () => {
  it('gets every heading one level down, under the title', () => {
    const page = article('/docs/guides/top-level/');
    expect(page.querySelectorAll('h1').map((h) => h.text)).toEqual(['Sections under a hash']);
    expect(page.querySelectorAll('h2, h3').map((h) => [h.tagName.toLowerCase(), h.id])).toEqual([
      ['h2', 'overview'],
      ['h3', 'detail'],
      ['h2', 'next-steps'],
    ]);
    const toc = readPage('/docs/guides/top-level/', out).querySelector('nav.toc')!;
    expect(toc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['#overview', '#detail', '#next-steps']);
  });

  it('leaves a page that starts at ## as it is', () => {
    const page = article('/docs/guides/two-hashes/');
    expect(page.querySelectorAll('h2, h3').map((h) => [h.tagName.toLowerCase(), h.id])).toEqual([
      ['h2', 'overview'],
      ['h3', 'detail'],
    ]);
  });
});

describe('a hidden page', () => {
  it('is published and found by search', () => {
    const page = readPage('/docs/guides/hidden/', out);
    expect(page.querySelector('h1')?.text).toBe('A hidden page');
    expect(page.querySelector('article')?.hasAttribute('data-pagefind-body')).toBe(true);
  });

  it('is in no sidebar, while its siblings are in every one', () => {
    for (const url of ['/docs/', '/docs/guides/top-level/', '/docs/guides/tables/', '/docs/guides/hidden/']) {
      const links = readPage(url, out)
        .querySelectorAll('#site-nav a')
        .map((a) => a.getAttribute('href'));
      expect(links, url).toContain('/docs/guides/top-level/');
      expect(links, url).toContain('/docs/guides/tables/');
      expect(links, url).not.toContain('/docs/guides/hidden/');
    }
  });
});

describe('tables and cards', () => {
  it('aligns the columns of list tables and Markdown tables', () => {
    const [list, markdown] = article('/docs/guides/tables/').querySelectorAll('table');
    expect(list!.querySelectorAll('th').map((th) => [th.text, th.getAttribute('align'), th.getAttribute('width')])).toEqual([
      ['Name', 'center', '120'],
      ['Value', 'right', undefined],
    ]);
    expect(list!.querySelector('td')?.getAttribute('align')).toBe('left');
    expect(markdown!.querySelectorAll('th').map((th) => th.getAttribute('align'))).toEqual(['left', 'center', 'right']);
    expect(markdown!.querySelectorAll('td').map((td) => td.getAttribute('align'))).toEqual(['left', 'center', 'right']);
  });

  it('renders an image card with a picture for each theme, a link and its text', () => {
    const card = article('/docs/guides/tables/').querySelector('.cards li')!;
    const images = card.querySelectorAll('img');
    expect(images.map((img) => [img.getAttribute('src'), img.getAttribute('alt'), img.classList.contains('only-light-inline'), img.classList.contains('only-dark-inline')])).toEqual([
      ['/favicon.svg', '', true, false],
      ['/favicon.svg', '', false, true],
    ]);
    const link = card.querySelector('a')!;
    expect([link.getAttribute('href'), link.text.trim()]).toEqual(['/docs/guides/top-level/#overview', 'Sections']);
    expect(card.text).toContain('Pages that start at #.');
  });
});

describe('callouts', () => {
  it('render every kind the schema accepts with its own icon and title', () => {
    const callouts = article('/docs/guides/callouts/').querySelectorAll('[role="note"]');
    expect(callouts.map((c) => c.text.trim().split(/\s+/).slice(-2).join(' '))).toEqual(CALLOUT_KINDS.map((kind) => `${kind} callout.`));
    const icons = new Set<string>();
    callouts.forEach((callout, i) => {
      const kind = CALLOUT_KINDS[i] as keyof typeof CALLOUT_TITLES;
      expect(callout.classList.contains(`callout-${kind}`), kind).toBe(true);
      expect(callout.getAttribute('aria-label'), kind).toBe(CALLOUT_TITLES[kind]);
      expect(callout.querySelector('.callout-title')?.text.trim(), kind).toBe(CALLOUT_TITLES[kind]);
      const icon = callout.querySelector('svg path')?.getAttribute('d');
      expect(icon, kind).toBeTruthy();
      icons.add(icon!);
    });
    expect(icons.size).toBe(CALLOUT_KINDS.length);
  });
});

describe('search', () => {
  it('names a page it cannot index, and indexes the others', () => {
    expect(output).toContain('legacy.html is not in the search index: it has no element marked data-pagefind-body.');
    // Six pages and the generated tag reference.
    expect(output).toMatch(/Indexed 7 pages and \d+ words for search/);
  });
});

describe('links to pages and files that do not exist', () => {
  const content = join(project.root, 'content-moving');
  beforeAll(() => {
    mkdirSync(join(content, 'docs'), { recursive: true });
    writeFileSync(join(content, 'docs/index.mdoc'), '---\ntitle: Moving in\n---\nSee [a page not moved yet](/docs/not-yet/) and ![a picture](/not-yet.png).\n\n## Here {% #here %}\n');
  });

  it('stop the build by default', async () => {
    const { code, output } = await build({ CONTENT_DIR: content });
    expect(code).not.toBe(0);
    expect(output).toContain('content-moving/docs/index.mdoc:4:28  error  link-target-missing');
    expect(output).toContain('content-moving/docs/index.mdoc:4:48  error  image-missing');
  }, 120_000);

  it('are warnings with MISSING_TARGETS=warning, and the page is published', async () => {
    const { code, output } = await build({ CONTENT_DIR: content, MISSING_TARGETS: 'warning' });
    expect(code, output).toBe(0);
    expect(output).toContain('content-moving/docs/index.mdoc:4:28  warning  link-target-missing');
    expect(output).toContain('content-moving/docs/index.mdoc:4:48  warning  image-missing');
    expect(article('/docs/').querySelector('a[href="/docs/not-yet/"]')).not.toBeNull();
  }, 120_000);

  it('are warnings with missingTargets: warning in the site config', async () => {
    project.edit('src/site.config.ts', /missingTargets: 'error'/, "missingTargets: 'warning'");
    const { code, output } = await build({ CONTENT_DIR: content });
    expect(code, output).toBe(0);
    expect(output).toContain('content-moving/docs/index.mdoc:4:28  warning  link-target-missing');
  }, 120_000);

  it('leave a missing section of a page that exists an error', async () => {
    writeFileSync(join(content, 'docs/index.mdoc'), '---\ntitle: Moving in\n---\nSee [a page not moved yet](/docs/not-yet/) and [a section](#nowhere).\n');
    const { code, output } = await build({ CONTENT_DIR: content, MISSING_TARGETS: 'warning' });
    expect(code).not.toBe(0);
    expect(output).toContain('warning  link-target-missing');
    expect(output).toMatch(/docs\/index\.mdoc:4:\d+ {2}error {2}link-fragment-missing/);
  }, 120_000);
});

describe('CONTENT_ERRORS=warn', () => {
  const content = join(project.root, 'content-broken');
  beforeAll(() => {
    cpSync(join(project.contentDir, 'docs'), join(content, 'docs'), { recursive: true });
    writeFileSync(join(content, 'docs/broken.mdoc'), '---\ntitle: Broken\n---\nBefore.\n\n{% inf %}\nInside.\n{% /inf %}\n');
  });
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  it('is needed to build content with errors', async () => {
    const { code, output } = await build({ CONTENT_DIR: content });
    expect(code).not.toBe(0);
    expect(output).toContain('docs/broken.mdoc:6:4  error  tag-undefined');
  }, 120_000);

  it('publishes the site despite them, and still lists every one', async () => {
    const { code, output } = await build({ CONTENT_DIR: content, CONTENT_ERRORS: 'warn' });
    expect(code, output).toBe(0);
    expect(output).toContain('docs/broken.mdoc:6:4  error  tag-undefined');
    expect(article('/docs/broken/').text).toContain('Before.');
    expect(article('/docs/guides/tables/').querySelector('table')).not.toBeNull();
  }, 120_000);
});
