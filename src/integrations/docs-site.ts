import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { readEnvironment } from '../config/env.ts';
import { buildStatePaths, readManifest, writeManifest } from '../build/manifest.ts';
import { codeFingerprint } from '../build/fingerprint.ts';
import { recordBuild } from '../build/page-reuse.ts';
import { sessionModule, type BuildSession } from '../build/session.ts';
import { indexBuiltSite } from '../search/build-index.ts';
import { serveSearchInDev } from '../search/dev-search.ts';
import { inSitemap, withDefaultAlternate } from '../site/sitemap.ts';
import { readSiteLanguages } from '../config/languages.ts';
import { baseDir, slugToUrl } from '../site/urls.ts';
import type { SiteConfig } from '../site.config.ts';
import { codeThemePlugin } from './code-theme.ts';
import { writeSecurityHeaders } from './headers.ts';
import { writeMarkdownCopies } from './markdown-copies.ts';
import { carryPages } from './page-reuse.ts';
import { cacheRootOf, pruneContentCaches, recordContentDir } from '../build/cache-dirs.ts';
import { liveAnnouncements, liveEntries, onLiveChange, requestStarted } from '../build/live-entries.ts';
import { idToSlug } from '../site/paths.ts';

const SESSION_ID = 'virtual:docs-build';
/** What Astro sends the server's environments when the content changed. */
const CONTENT_CHANGED = 'astro:content-changed';
const RESOLVED_SESSION_ID = `\0${SESSION_ID}`;

/**
 * Requests one docs page, so that the route's list of pages, dropped when Astro writes its data
 * store, is made again before a reader asks for a page: the first page the loader holds (the docs
 * home may not exist, and would answer 404 with a warning in the terminal).
 */
function warmRoute(server: ViteDevServer, base: string): void {
  const address = server.httpServer?.address();
  const first = liveEntries<{ id: string }>('docs')?.entries[0];
  const path = first ? slugToUrl(idToSlug(first.id), base) : `${base}docs/`;
  if (address && typeof address === 'object') fetch(`http://localhost:${address.port}${path}`).then((r) => r.arrayBuffer(), () => undefined);
}

/**
 * Shows each saved change as soon as the loader has taken it in, without waiting for Astro to
 * write its data store: the docs route plans its pages again (it reads the loader's latest entries,
 * src/build/live-entries.ts) and the browser reloads.
 *
 * Half a second later Astro writes its store and reloads the browser again, for a change it has
 * already shown. That second reload is left out (Vite's HMR channel has no other way to tell it
 * apart, so its sends are wrapped): Astro announces a written store to the server's environments
 * (`astro:content-changed`) and, in the same tick, reloads the browser. A reload so announced is
 * dropped when the browser was reloaded for every change the loader announced (its other writes,
 * pages compiled in the background, change nothing a reader sees). The route's list of
 * pages, which that announcement drops, is then made again at once (see {@link warmRoute}).
 */
function showChangesAtOnce(server: ViteDevServer, base: string): void {
  const environments = ['ssr', 'prerender'].flatMap((name) => server.environments[name] ?? []);
  const client = server.environments.client.hot;
  /** How many of the loader's announcements the browser was last reloaded for. */
  let shown = -1;
  /** Whether our own announcement is being sent. */
  let announcing = false;
  /** Whether Astro has just announced a written store (reset after the tick). */
  let storeWritten = false;
  let warming: NodeJS.Timeout | undefined;
  for (const environment of environments) {
    const send = environment.hot.send.bind(environment.hot) as (...args: unknown[]) => void;
    environment.hot.send = ((...args: unknown[]) => {
      if (!announcing && args[0] === CONTENT_CHANGED) {
        storeWritten = true;
        queueMicrotask(() => (storeWritten = false));
        clearTimeout(warming);
        warming = setTimeout(() => warmRoute(server, base), 50);
      }
      send(...args);
    }) as typeof environment.hot.send;
  }
  const sendToClient = client.send.bind(client) as (...args: unknown[]) => void;
  // A page that fails is answered empty, and Astro sends its error 200 ms later, for the error
  // overlay: to every page connected by then, or, when none is, to the next page that connects
  // (Vite keeps it). Either may be a page rendered after a change that fixed it, which would show
  // a stale overlay. So an error is shown only if the loader announced no change since: a page's
  // error sent after one is dropped, and an error with no page to go to is kept here, to be given
  // to the next page only if none came meanwhile. A change reloads the browser anyway, and the
  // page, rendered again, fails again if it still has the error.
  /** The loader's announcements when a page last failed. */
  let failedAt: number | undefined;
  let kept: { args: unknown[]; announced: number } | undefined;
  /** The loader's announcements when the last page was asked for. */
  let pageAskedAt: number | undefined;
  client.on('vite:client:connect', (_data, socket) => {
    const error = kept;
    kept = undefined;
    const send = socket.send as (...args: unknown[]) => void;
    // A page that connects after a change announced since it was asked for was rendered from what
    // the change replaced, and the reload went out before it could hear it (the browser was
    // between two pages): it is reloaded now.
    if (pageAskedAt !== undefined && pageAskedAt !== liveAnnouncements()) send({ type: 'full-reload', path: '*' });
    else if (error && error.announced === liveAnnouncements()) send(...error.args);
  });
  client.send = ((...args: unknown[]) => {
    const payload = args[0] as { type?: string; path?: string; __isEnhancedAstroErrorPayload?: boolean } | undefined;
    if (payload?.type === 'error') {
      // Astro marks the errors of pages it rendered so.
      if (payload.__isEnhancedAstroErrorPayload && failedAt !== undefined && failedAt !== liveAnnouncements()) return;
      if (server.ws.clients.size === 0) {
        kept = { args, announced: liveAnnouncements() };
        return;
      }
    }
    const reload = payload?.type === 'full-reload' && payload.path === '*';
    if (reload && storeWritten && !announcing && shown === liveAnnouncements()) return;
    sendToClient(...args);
  }) as typeof client.send;

  // A page being served while a change is announced may be rendered from what it replaced, and
  // the browser, between two pages, misses the reload: Astro's reload then stays. Only pages count
  // (a browser asks for them as HTML): a script or an icon still loading shows nothing stale.
  let serving = 0;
  const search = `${base}pagefind/`;
  server.middlewares.use((request, response, next) => {
    const page = request.headers.accept?.includes('text/html') === true;
    if (page) {
      serving++;
      pageAskedAt = liveAnnouncements();
    }
    // The loader's background work waits while pages are answered (see whenIdle); search waits
    // for that work to end, and is not waited for.
    const ended = request.url?.startsWith(search) ? () => undefined : requestStarted();
    response.once('close', () => {
      if (page) serving--;
      if (page && response.statusCode >= 500) failedAt = liveAnnouncements();
      ended();
    });
    next();
  });
  const stop = onLiveChange(() => {
    announcing = true;
    try {
      // What Astro itself sends when its data store changed: the route's list of pages is dropped.
      for (const environment of environments) environment.hot.send(CONTENT_CHANGED, {});
      shown = serving > 0 ? -1 : liveAnnouncements();
      client.send({ type: 'full-reload', path: '*' });
    } finally {
      announcing = false;
    }
  });
  server.httpServer?.on('close', () => {
    stop();
    clearTimeout(warming);
  });
}

/**
 * The site's one integration: what Astro does not do by itself, in the order it must happen.
 *
 * - Vite serves `virtual:code-theme.css` (the code colours) and `virtual:docs-build` (the build
 *   session the docs route plans its pages with: src/build/docs-site.ts).
 * - The dev server also serves search, and shows each saved change at once, reloading the browser
 *   once per save.
 * - At the end of a build, each step reads the manifest (src/build/manifest.ts) and the built
 *   folder, in this order:
 *   1. pages the build planned to take unchanged are carried over from the previous build;
 *   2. the sitemap lists every page, rendered or carried, except the root (it only forwards to
 *      the docs home) and pages marked noindex (404, forwarding pages);
 *   3. search indexes every built page;
 *   4. Markdown copies are written for the pages that have none yet;
 *   5. `_headers` is written;
 *   6. the manifest records what the build published, for the next one.
 */
export function docsSite(site: SiteConfig, options: { contentDir: string }): AstroIntegration {
  let root = '';
  let base = '/';
  let manifestFile = '';
  let building = false;
  let session: BuildSession | undefined;
  /** The folder being built, once the build is done. */
  let outDir = '';
  // @astrojs/sitemap writes the sitemap; this integration runs its steps, giving it every page.
  // Each page lists its translations (`hreflang`), and the default language's page as `x-default`.
  const languages = readSiteLanguages(options.contentDir, site);
  const tags = [languages.default.tag, ...languages.translated.map((l) => l.tag)];
  const sitemapSteps = sitemap({
    filter: (page) => inSitemap(page, base, outDir),
    ...(tags.length > 1
      ? {
          i18n: { defaultLocale: languages.default.tag, locales: Object.fromEntries(tags.map((tag) => [tag, tag])) },
          serialize: (item) => withDefaultAlternate(item, languages.default.tag),
        }
      : {}),
  }).hooks;

  return {
    name: 'docs-site',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        building = command === 'build';
        updateConfig({
          vite: {
            plugins: [
              codeThemePlugin(site.codeThemes),
              {
                name: 'docs-build-session',
                resolveId: (id: string) => (id === SESSION_ID ? RESOLVED_SESSION_ID : undefined),
                load: (id: string) => (id === RESOLVED_SESSION_ID ? sessionModule(session) : undefined),
              },
            ],
          },
        });
      },
      'astro:routes:resolved': (params) => sitemapSteps['astro:routes:resolved']?.(params),
      'astro:config:done': (params) => {
        const { config } = params;
        root = fileURLToPath(config.root);
        base = baseDir(config.base);
        const cacheDir = fileURLToPath(config.cacheDir);
        manifestFile = buildStatePaths(cacheDir).manifestFile;
        // This content folder's cache names it; caches of content folders since deleted go.
        recordContentDir(cacheDir, readEnvironment(root).contentDir);
        pruneContentCaches(cacheRootOf(cacheDir));
        sitemapSteps['astro:config:done']?.(params);
        if (!building) return;
        // Settings that change every page's HTML without changing a file.
        const settings = { site: config.site, base: config.base, trailingSlash: config.trailingSlash, format: config.build.format, compressHTML: config.compressHTML };
        session = { fingerprint: codeFingerprint(root, settings), previousDir: readEnvironment(root).previousBuild, manifestFile };
      },
      'astro:server:setup': ({ server, logger }) => {
        showChangesAtOnce(server, base);
        serveSearchInDev(server, logger, { root, manifestFile, base, lang: site.lang });
      },
      'astro:build:done': async (params) => {
        const { dir, logger } = params;
        const out = (outDir = fileURLToPath(dir));
        const manifest = readManifest(manifestFile);

        const carried = await carryPages(manifest, session?.previousDir, out);
        await sitemapSteps['astro:build:done']?.({ ...params, pages: [...params.pages, ...carried.map((url) => ({ pathname: url.slice(1) }))] });
        await indexBuiltSite(out, logger);
        const copies = await writeMarkdownCopies(manifest, out);
        logger.info(`Wrote ${copies.written} Markdown copies${copies.kept > 0 ? ` (${copies.kept} more came with their pages from the previous build)` : ''}.`);
        await writeSecurityHeaders(out, base, site);

        writeManifest(manifestFile, recordBuild(manifest, out));
        if (carried.length > 0) {
          const pages = (n: number) => `${n} docs page${n === 1 ? '' : 's'}`;
          const rendered = Object.values(manifest.pages).filter((page) => page.planned && !page.planned.carried).length;
          logger.info(`Rendered ${pages(rendered)} that changed; took ${pages(carried.length)} unchanged from the previous build.`);
        }
      },
    },
  };
}
