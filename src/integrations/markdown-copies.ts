import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentCachePaths, readPageContent, type PublishedPage } from '../build/content-cache';
import { markdownCopy } from '../pipeline/markdown';

/**
 * Writes every page's Markdown copy (`<page>/index.md`) at the end of a build, straight from the
 * content files the loader made. As a route, each copy cost a render and its bookkeeping: a
 * second of a 1,000-page build for what is a file copy. The dev server serves the same copies
 * from `src/pages/[...path].md.ts`. Copies already in place came with their page from the
 * previous build (src/integrations/page-reuse.ts) and are left as they are: they may be links to
 * that build's files.
 */
export function markdownCopies(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'markdown-copies',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { pagesFile } = contentCachePaths(cacheDir);
        const pages = JSON.parse(await readFile(pagesFile, 'utf8')) as PublishedPage[];
        let written = 0;
        for (const page of pages) {
          const folder = join(out, page.url);
          const file = join(folder, 'index.md');
          if (existsSync(file)) continue;
          await mkdir(folder, { recursive: true });
          const { markdown } = readPageContent(page.content);
          await writeFile(file, markdownCopy(page.title, page.description, markdown));
          written++;
        }
        const kept = pages.length - written;
        logger.info(`Wrote ${written} Markdown copies${kept > 0 ? ` (${kept} more came with their pages from the previous build)` : ''}.`);
      },
    },
  };
}
