import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');

/** A dev server running on a scratch copy of a fixture site, so tests can edit its pages. */
export interface DevServer {
  url: string;
  contentDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Copies a fixture site to a temporary folder and starts `astro dev` on it; in `project`, a copy
 * of the project (see scratchProject in tests/build/helpers.ts), when given, whose content folder it then uses.
 */
export async function startDevServer(fixture: string, port: number, project?: { root: string; contentDir: string }): Promise<DevServer> {
  const contentDir = project?.contentDir ?? mkdtempSync(join(tmpdir(), 'docs-dev-'));
  if (!project) cpSync(join(ROOT, 'tests/fixtures', fixture), contentDir, { recursive: true });
  let output = '';
  // As `npm run dev` runs it: astro dev, restarted when the code that compiles pages changes.
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/node'), ['scripts/dev.ts', '--port', String(port), '--host', 'localhost'], {
    cwd: project?.root ?? ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/docs/`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not start within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    contentDir,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      if (!project) rmSync(contentDir, { recursive: true, force: true });
    },
  };
}

/**
 * After a failed test, prints the dev server's last output beside the failure: what it logged
 * (a save taken in, a restart, an error) is what tells why a page was not what the test expected.
 */
export function reportOutputOnFailure(dev: () => DevServer | undefined, failed: boolean): void {
  const server = dev();
  if (failed && server) console.log(`\nThe dev server's last output:\n${server.output().slice(-6000)}`);
}

/**
 * Closes a test's page on a dev server, for sure. A dev server reloads its pages after every
 * change, and Chromium can acknowledge the closing of a page whose reload is being committed
 * without closing it, leaving the close (and the test's teardown) waiting for ever: a Chromium bug
 * that shows since Playwright stopped turning its RenderDocument feature off (microsoft/playwright#42068,
 * crbug 536385539; here about one close in two right after a reload). The close is asked for
 * again until the page is gone, as Playwright's proposed fix does. (Turning the feature off with
 * `--disable-features` would replace the list of features Playwright itself turns off.)
 */
export async function closeDevPage(page: Page): Promise<void> {
  const browser = page.context().browser();
  if (!browser || page.isClosed()) return;
  const { targetInfo } = await (await page.context().newCDPSession(page)).send('Target.getTargetInfo');
  const closed = new Promise<boolean>((resolve) => page.once('close', () => resolve(true)));
  void page.close().catch(() => undefined);
  const session = await browser.newBrowserCDPSession();
  for (let attempt = 0; attempt < 10; attempt++) {
    if (await Promise.race([closed, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_000))])) break;
    await session.send('Target.closeTarget', { targetId: targetInfo.targetId }).catch(() => undefined);
  }
  await session.detach().catch(() => undefined);
}
