import { readFile } from 'node:fs/promises';
import { parseAnchorLock, type AnchorLock } from './anchor-lock.ts';
import { checkLinks } from './check-links.ts';
import { checkRoutes } from './check-routes.ts';
import type { PageFacts } from './check-page.ts';
import type { Diagnostic, Level } from './diagnostics.ts';
import { listFiles } from '../build/files.ts';

/** The file name of the anchor lock, in the content folder. */
export const ANCHOR_LOCK_FILE = 'anchors.lock.json';

/** Paths the site publishes besides pages and public files. */
const GENERATED = new Set(['/llms.txt', '/sitemap-index.xml', '/robots.txt', '/404.html']);

/** Every file under `public/`, as the URL path it is served at. */
export async function listPublicFiles(publicDir: string): Promise<Set<string>> {
  return new Set((await listFiles(publicDir)).map((f) => `/${f}`));
}

/** Reads the anchor lock, or nothing when there is none yet. */
export async function readAnchorLock(path: string, displayPath: string): Promise<AnchorLock | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parseAnchorLock(text, displayPath);
}

/** The checks that need every page at once: addresses and links between pages (each version's anchor lock is checked on its own, ./check-editions.ts). */
export function checkSite(
  pages: readonly PageFacts[],
  options: {
    publicFiles: ReadonlySet<string>;
    missingTargets?: Level;
    /** Pages published from others' content (a translation's fallbacks): links may lead to them. */
    targets?: readonly PageFacts[];
  },
): Diagnostic[] {
  return [
    ...checkRoutes(pages),
    ...checkLinks(pages, { publicFiles: options.publicFiles, extraPaths: GENERATED, missingTargets: options.missingTargets, targets: options.targets }),
  ];
}
