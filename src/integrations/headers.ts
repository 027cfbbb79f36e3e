import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentSecurityPolicy, renderHeadersFile } from '../build/headers-file.ts';
import { policySources } from '../site/head-setting.ts';
import type { SiteConfig } from '../site.config.ts';

/**
 * Writes `_headers` (the strict Content-Security-Policy and friends) where static hosts read it,
 * with the sources the site's `head` and `csp` settings need.
 */
export async function writeSecurityHeaders(outDir: string, base: string, site: Pick<SiteConfig, 'head' | 'csp'>): Promise<void> {
  await writeFile(join(outDir, '_headers'), renderHeadersFile(base, contentSecurityPolicy(policySources(site.head, site.csp))));
}
