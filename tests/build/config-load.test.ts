import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

describe('the Astro config', () => {
  it('loads in Node as it is, so that Astro does not start Vite to load it (0.2-0.6 s of every build and dev start)', () => {
    // Astro imports the config with Node first, and falls back to bundling it with Vite when
    // that fails: on a module imported without its `.ts`, or TypeScript that Node's type
    // stripping cannot run (enums, parameter properties), anywhere in what the config imports.
    const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['--input-type=module', '-e', "await import('./astro.config.mjs'); console.log('loaded');"], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('loaded');
    expect(result.status).toBe(0);
  });
});
