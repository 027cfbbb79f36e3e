import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderHeadersFile } from '../build/headers-file';

/** Writes `_headers` (the strict Content-Security-Policy and friends) where static hosts read it. */
export async function writeSecurityHeaders(outDir: string, base: string): Promise<void> {
  await writeFile(join(outDir, '_headers'), renderHeadersFile(base));
}
