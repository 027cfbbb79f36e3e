import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderHeadersFile } from '../build/headers-file';

/** Writes `_headers` (the strict Content-Security-Policy and friends) where static hosts read it. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(join(fileURLToPath(dir), '_headers'), renderHeadersFile(base));
      },
    },
  };
}
