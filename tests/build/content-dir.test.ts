import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, buildSite, readPage, ROOT } from './helpers.ts';

const out = mkdtempSync(join(tmpdir(), 'docs-fixture-'));

beforeAll(async () => {
  await buildSite({ CONTENT_DIR: 'tests/fixtures/basic', OUT_DIR: out, BASE_PATH: '/docs-site/' });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a site built from CONTENT_DIR under a base path', () => {
  it('publishes that folder’s pages, index pages at their folder’s URL', () => {
    expect(readPage('/docs/', out).querySelector('h1')?.text).toBe('Fixture home');
    expect(readPage('/docs/guides/setup/', out).querySelector('h1')?.text).toBe('Setup');
    expect(readPage('/docs/guides/nested/', out).querySelector('h1')?.text).toBe('Nested index');
  });

  it('includes partials from <CONTENT_DIR>/partials', () => {
    expect(readPage('/docs/guides/setup/', out).querySelector('article')?.text).toContain('Hello from a partial.');
  });

  it('lists real pages in the sitemap, not the pages that forward old URLs', () => {
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://docs.example.com/docs-site/docs/guides/setup/</loc>');
    expect(sitemap).not.toContain('old-setup');
  });

  it('renders a fence in an unknown language as plain text', () => {
    const code = readPage('/docs/guides/setup/', out).querySelector('.code-block pre code')!;
    expect(code.text).toBe('plain <text>');
  });

  it('prefixes links, assets and the sidebar with the base path', () => {
    const home = readPage('/docs/', out);
    expect(home.querySelector('article p a')?.getAttribute('href')).toBe('/docs-site/docs/guides/setup/');
    for (const el of home.querySelectorAll('link[rel="stylesheet"], script[src]')) {
      expect(el.getAttribute('href') ?? el.getAttribute('src')).toMatch(/^\/docs-site\/(?:_astro\/|theme-init\.js$)/);
    }
    // The page's own actions link its Markdown copy under the base path too.
    expect(home.querySelector('[role="menuitem"]')?.getAttribute('href')).toBe('/docs-site/docs/index.md');
    const sidebarLinks = home.querySelectorAll('nav.sidebar a').map((a) => a.getAttribute('href'));
    expect(sidebarLinks).toEqual([
      '/docs-site/docs/',
      '/docs-site/docs/contributing/tags/',
      '/docs-site/docs/guides/nested/',
      '/docs-site/docs/guides/setup/',
    ]);
  });
});

describe('npm run preview of a site built under a base path', () => {
  it('serves it under the base it was built with, unasked, and sends the host root there', async () => {
    const port = 4409;
    const server = spawn('npm', ['run', '-s', 'preview', '--', '--dir', out, '--port', String(port)], { cwd: ROOT, env: buildEnv({}), detached: true });
    let output = '';
    server.stdout.on('data', (chunk) => (output += chunk));
    try {
      await expect.poll(() => output, { timeout: 20_000 }).toContain(`at http://localhost:${port}/docs-site/`);
      const at = (path: string) => fetch(`http://localhost:${port}${path}`, { redirect: 'manual' });
      const root = await at('/');
      expect([root.status, root.headers.get('location')]).toEqual([302, '/docs-site/']);
      const page = await at('/docs-site/docs/guides/setup/');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      const stylesheet = /href="(\/docs-site\/_astro\/[^"]+\.css)"/.exec(await page.text())?.[1];
      expect(stylesheet).toBeDefined();
      expect((await at(stylesheet!)).status).toBe(200);
      expect((await at('/docs/guides/setup/')).status).toBe(404);
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
    }
  });
});
