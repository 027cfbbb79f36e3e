import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runBuildScript, scratchProject, type ScratchProject } from '../build/helpers.ts';

/**
 * A site whose `head` setting adds a stylesheet and an analytics script from another origin, a
 * script of its own and a <meta>, served under the policy its build wrote: the tags work, and the
 * policy still blocks what the setting did not name.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const SITE_PORT = 4405;
const THIRD_PARTY = 'http://127.0.0.1:4406';
const ELSEWHERE = 'http://127.0.0.1:4407';

let project: ScratchProject;
let thirdParty: Server;
let preview: ChildProcess;
const hits: string[] = [];

test.beforeAll(async () => {
  thirdParty = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const body: Record<string, [string, string]> = {
      '/analytics.js': [
        'text/javascript',
        `document.documentElement.dataset.analytics = 'loaded';
         fetch('${THIRD_PARTY}/event', { method: 'POST', body: location.pathname });
         const other = document.createElement('script');
         other.src = '${ELSEWHERE}/not-allowed.js';
         document.head.append(other);`,
      ],
      '/theme.css': ['text/css', ':root { --from-head-setting: loaded; }'],
    };
    const [type, text] = body[req.url ?? ''] ?? ['text/plain', ''];
    res.writeHead(req.method === 'POST' ? 204 : 200, { 'content-type': type, 'access-control-allow-origin': '*' }).end(text);
  });
  await new Promise<void>((done) => thirdParty.listen(4406, '127.0.0.1', done));

  project = scratchProject('basic');
  writeFileSync(join(project.root, 'public/own-script.js'), "document.documentElement.dataset.ownScript = 'ran';\n");
  project.edit(
    'src/site.config.ts',
    /  head: \[\],\n  csp: \{\},/,
    `  head: [
    { tag: 'link', attrs: { rel: 'stylesheet', href: '${THIRD_PARTY}/theme.css' } },
    { tag: 'script', attrs: { src: '${THIRD_PARTY}/analytics.js', defer: true } },
    { tag: 'script', attrs: { src: '/own-script.js', defer: true } },
    { tag: 'meta', attrs: { name: 'site-verification', content: 'abc123' } },
  ],
  csp: { 'img-src': ['${THIRD_PARTY}'] },`,
  );
  const out = join(project.root, 'out');
  const built = await runBuildScript({ OUT_DIR: out, BASE_PATH: '/docs-site/' }, [], project.root);
  if (built.code !== 0) throw new Error(`The build failed:\n${built.output}`);
  preview = spawn(join(project.root, 'node_modules/.bin/tsx'), ['scripts/serve.ts', '--dir', out, '--port', String(SITE_PORT)], { cwd: project.root, stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`http://localhost:${SITE_PORT}/docs-site/docs/`).catch(() => undefined))?.status, { timeout: 20_000 }).toBe(200);
});

test.afterAll(async () => {
  preview?.kill();
  await new Promise((done) => thirdParty?.close(done));
  project?.remove();
});

test('the head setting\'s tags work under the policy the build wrote, which still blocks the rest', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (uri: string) => violations.push(uri));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { reportViolation: (u: string) => void }).reportViolation(event.blockedURI));
  });
  const response = await page.goto(`http://localhost:${SITE_PORT}/docs-site/docs/guides/setup/`);
  const policy = response!.headers()['content-security-policy']!;
  expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${THIRD_PARTY};`);
  expect(policy).toContain(`style-src 'self' ${THIRD_PARTY};`);
  expect(policy).toContain(`img-src 'self' data: ${THIRD_PARTY};`);
  expect(policy).toContain(`connect-src 'self' ${THIRD_PARTY};`);

  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-analytics', 'loaded');
  await expect(html).toHaveAttribute('data-own-script', 'ran');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--from-head-setting').trim())).toBe('loaded');
  await expect(page.locator('meta[name="site-verification"]')).toHaveAttribute('content', 'abc123');
  // The site's own script follows the base path.
  await expect(page.locator('script[src="/docs-site/own-script.js"]')).toHaveCount(1);
  await expect.poll(() => hits).toContain('POST /event');
  // The script the analytics tried to add from an origin the setting never named was blocked, before any request.
  await expect.poll(() => violations).toEqual([`${ELSEWHERE}/not-allowed.js`]);
  expect(hits.filter((h) => h.includes('not-allowed'))).toEqual([]);
});
