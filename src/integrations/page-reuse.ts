import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readEnvironment } from '../config/env';
import { forEachLimited } from '../build/concurrency';
import { codeFingerprint, htmlFile, parseBuildRecord, PageReuse, setActivePageReuse } from '../build/page-reuse';

/** Puts a file of the previous build into this one: a hard link where the file system allows it. */
async function carryFile(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/**
 * Rebuilds render only the docs pages that changed. `npm run build` names the site it replaces
 * (PREVIOUS_BUILD), and every build records a key per docs page in Astro's cache folder (see
 * src/lib/page-reuse.ts). The docs route leaves out the pages whose key is unchanged, and this
 * integration carries their files (`index.html`, `index.md`) over into the new build before the
 * integrations that read built pages run: it comes first among them. `sitemapPages` lists the
 * carried pages for the sitemap, which only sees the rendered ones.
 */
export function pageReuse(): AstroIntegration & { sitemapPages: string[] } {
  const sitemapPages: string[] = [];
  let building = false;
  let recordFile = '';
  let siteUrl = '';
  let reuse: PageReuse | undefined;
  return {
    name: 'page-reuse',
    sitemapPages,
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        recordFile = join(fileURLToPath(config.cacheDir), 'docs-built-pages.json');
        siteUrl = new URL(config.base, config.site ?? 'http://localhost').href;
        // Settings that change every page's HTML without changing a file.
        const settings = { site: config.site, base: config.base, trailingSlash: config.trailingSlash, format: config.build.format, compressHTML: config.compressHTML };
        const previousDir = readEnvironment(fileURLToPath(config.root)).previousBuild;
        const previous = previousDir && existsSync(recordFile) ? parseBuildRecord(readFileSync(recordFile, 'utf8')) : undefined;
        reuse = new PageReuse(codeFingerprint(fileURLToPath(config.root), settings), previousDir, previous);
        setActivePageReuse(reuse);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!reuse) return;
        setActivePageReuse(undefined);
        const out = fileURLToPath(dir);
        const previousDir = reuse.previousDir!;
        const carried = [...reuse.carried.keys()];
        await forEachLimited(carried, 8, async (url) => {
          await mkdir(join(out, url), { recursive: true });
          await carryFile(htmlFile(previousDir, url), htmlFile(out, url));
          const markdown = join(previousDir, url, 'index.md');
          if (existsSync(markdown)) await carryFile(markdown, join(out, url, 'index.md'));
        });
        sitemapPages.push(...carried.map((url) => new URL(url.slice(1), siteUrl).href));

        const temporary = `${recordFile}.${process.pid}`;
        await writeFile(temporary, JSON.stringify(reuse.record(out)));
        await rename(temporary, recordFile);
        if (carried.length > 0) {
          const pages = (n: number) => `${n} docs page${n === 1 ? '' : 's'}`;
          logger.info(`Rendered ${pages(reuse.rendered.size)} that changed; took ${pages(carried.length)} unchanged from the previous build.`);
        }
      },
    },
  };
}
