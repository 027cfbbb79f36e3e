import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ANCHOR_LOCK_FILE, listPublicFiles } from '../check/check-site.ts';
import { formatDiagnostics, uniqueDiagnostics, type Diagnostic } from '../check/diagnostics.ts';
import { isPagePath } from '../site/paths.ts';
import { readEnvironment } from '../config/env.ts';
import { pageMetadata, readPageContent, type PageContent, type PageMetadata } from './content-cache.ts';
import { buildStatePaths, publishedPages, readManifest, withPages, writeManifest } from './manifest.ts';
import { PIPELINE_SOURCES, pipelineFingerprint, sourcesDigest } from './fingerprint.ts';
import { BackgroundQueue, forEachLimited, SerialQueue } from './concurrency.ts';
import { writeFileWhole, writeFileWholeSync } from './files.ts';
import { announceLiveChange, backgroundPageCompiled, liveStore, liveVersion, setLiveChecks, setLiveCompiler, setLiveSettled, whenAnswered, whenIdle } from './live-entries.ts';
import { frontmatterOf } from '../pipeline/frontmatter.ts';
import { Pipeline } from '../pipeline/pipeline.ts';
import { markdocConfig } from '../markdoc/config.ts';
import { sitePipelineOptions } from '../config/pipeline-options.ts';
import { settingsFindings } from '../config/settings-findings.ts';
import { checkEditions, readLocks } from '../check/check-editions.ts';
import { editionPipelines, editionsKey, readSiteEditions } from './editions.ts';
import { statusReader } from '../check/translation-status.ts';
import { siteConfig } from '../site.config.ts';

/** Where an entry's digest goes on with a digest of its site-wide problems (dev only). */
const SITE_MARK = '+site:';

/** The digest of a page's compiled content, without that of its site-wide problems. */
function pageDigest(digest: string | number | undefined): string | undefined {
  return digest === undefined ? undefined : String(digest).split(SITE_MARK)[0];
}

/** How many content files are written at once. */
const WRITES_AT_ONCE = 8;

/**
 * How many pages the dev server compiles before it serves: on a larger site (a first start, or
 * the first after the code that compiles pages changed) the others are held by their frontmatter,
 * which is all every page's sidebar needs, and compiled in the background, a page asked for first.
 * About two seconds of work on a slow machine.
 */
const COMPILED_BEFORE_SERVING = 200;

/** What became of a page the loader took in. */
type Loaded = 'kept' | 'compiled' | 'held' | 'failed' | 'gone';

/**
 * How a page is taken in: one of many (`batch`: its content file is written while the next pages
 * compile), the same but held by its frontmatter if it must be compiled (`hold`, dev only), or on
 * its own (`alone`, a saved page or a held one compiled: its content file is written at once, as
 * the thread would only wait for the thread pool, which may be busy with other files, to write it;
 * 800 held pages compiled in the background at 1,000 pages took 6.8 s that way, against 8.0 s,
 * medians of three first starts each).
 */
type LoadMode = 'batch' | 'hold' | 'alone';

/**
 * The docs collection's loader: reads, compiles and checks each page once with the shared
 * pipeline, caches the result in Astro's data store by a digest of the page and the pipeline, and
 * leaves only component tags to render. Then it checks links and the anchor lock across pages.
 * A build with errors fails, listing every one of them; the dev server reports them and goes on.
 */
export function docsLoader(): Loader {
  return {
    name: 'docs-loader',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      // The dev server's pages see the loader's writes at once, not when Astro has saved them.
      const live = context.watcher ? liveStore(context.store, context.collection) : undefined;
      const store = live ?? context.store;
      const env = readEnvironment(root);
      const { contentDir } = env;
      const pipeline = await Pipeline.create({
        root,
        contentDir,
        ...sitePipelineOptions(),
        base: context.config.base,
      });
      /**
       * The pipelines of the site's versions and languages: the current version's default
       * language first, then one per translation and per old version.
       */
      let pipelines: Pipeline[] = [pipeline];
      /** The versions and languages {@link pipelines} were made for. */
      let editions = readSiteEditions(contentDir, siteConfig);
      let editionsMade = '';
      /** Makes the pipelines again when a version or language folder was added or removed. */
      const refreshEditions = async () => {
        editions = readSiteEditions(contentDir, siteConfig);
        const key = editionsKey(editions);
        if (key === editionsMade) return;
        editionsMade = key;
        pipelines = (await editionPipelines(pipeline, editions)).map((e) => e.pipeline);
      };
      /** The pipeline that compiled a page: the one of its language and version. */
      const pipelineOf = (facts: { lang?: string; version?: string }) => pipelines.find((each) => each.options.language?.tag === facts.lang && each.options.version === facts.version) ?? pipeline;
      const pipelineSources = sourcesDigest(root, PIPELINE_SOURCES);
      const lockPath = join(contentDir, ANCHOR_LOCK_FILE);
      let fingerprint = '';
      /** Whether each translation is behind its source (git history is read once per process). */
      const statusOf = statusReader(root, contentDir);
      /** Where the pages' bodies and Markdown copies are kept, and the files in use. */
      const { contentDir: contentCache, manifestFile } = buildStatePaths(fileURLToPath(context.config.cacheDir));
      const contentFiles = new Set<string>();
      /**
       * Content files being written while the next pages compile: a few at a time, so a build
       * holds a handful of open files whatever the number of pages (the open-file limit of a
       * container or CI runner is often 1,024 or less).
       */
      const writes = new BackgroundQueue(WRITES_AT_ONCE);
      const flushWrites = () => writes.drain();
      /** Problems of files that did not become entries (binary, unreadable…), by file. */
      const failed = new Map<string, Diagnostic[]>();
      /** Pages held by their frontmatter until they are compiled (dev only), by entry id. */
      const held = new Map<string, { pipeline: Pipeline; name: string }>();

      const refreshFingerprint = () => {
        fingerprint = pipelineFingerprint(pipelineSources, markdocConfig, siteConfig, context.config.base);
      };

      /**
       * A page's digest: its source (see loadPage), and the partials it includes with those they
       * include, so that editing a partial compiles again only the pages that show it.
       */
      const pageDigestOf = (source: string, each: Pipeline, includes: string[]) => context.generateDigest(`${source}\0${JSON.stringify(each.partialDependencies(includes))}`);
      /** What each page was last taken in from, by entry id: its pipeline, file and source digest (see reloadForPartials). */
      const sources = new Map<string, { pipeline: Pipeline; name: string; source: string }>();
      /** Lets go of a page whose file was deleted: its entry, its held frontmatter and its problems. */
      const forgetPage = (each: Pipeline, name: string) => {
        const { id } = each.pageId(name);
        store.delete(id);
        held.delete(id);
        sources.delete(id);
        failed.delete(each.repoPath(join(each.docsDir, name)));
      };

      /**
       * Takes one page in: from the store or the content files when it is unchanged, else compiled,
       * or, in `hold` mode (the dev server), held by its frontmatter to be compiled later.
       */
      async function loadPage(pipeline: Pipeline, name: string, mode: LoadMode = 'batch'): Promise<Loaded> {
        const { id } = pipeline.pageId(name);
        held.delete(id);
        const file = pipeline.repoPath(join(pipeline.docsDir, name));
        const virtual = pipeline.isVirtual(name);
        // A synchronous read of a small local file: an asynchronous one would make each of
        // thousands of pages wait for the thread pool while this thread has nothing else to do.
        let bytes: Uint8Array | undefined;
        try {
          bytes = virtual ? undefined : readFileSync(join(pipeline.docsDir, name));
        } catch (error) {
          // Deleted since it was listed (the watcher's word of it may still be on its way: a page
          // taken in again after a partial changed, or compiled in the background): taken out as
          // its deletion takes it out, so that it is not found rather than failing.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          forgetPage(pipeline, name);
          return 'gone';
        }
        const source = context.generateDigest(`${fingerprint}\0${file}\0${bytes ? Buffer.from(bytes).toString('base64') : `virtual:${name}`}`);
        sources.set(id, { pipeline, name, source });
        const digestWith = (includes: string[]) => pageDigestOf(source, pipeline, includes);
        const stored = store.get(id);
        const storedMetadata = stored?.rendered ? pageMetadata(stored) : undefined;
        if (storedMetadata && pageDigest(stored?.digest) === digestWith(storedMetadata.partials ?? []) && existsSync(storedMetadata.content)) {
          contentFiles.add(storedMetadata.content);
          return 'kept';
        }
        // Astro's store may have been cleared while the content files stayed: a page whose file,
        // as the manifest names it, was compiled from the same source is taken from it.
        const filePath = virtual ? undefined : relative(root, join(pipeline.docsDir, name)).split(sep).join('/');
        const recorded = recordedContent.get(pipeline.pageId(name).url);
        const kept = recorded && existsSync(recorded) ? readPageContent(recorded).page : undefined;
        if (recorded && kept && kept.digest === digestWith(kept.metadata.partials)) {
          const data = await context.parseData({ id, data: kept.frontmatter });
          store.set({ id, data, ...(filePath ? { filePath } : {}), digest: kept.digest, rendered: { html: '', metadata: { ...kept.metadata, content: recorded } } });
          contentFiles.add(recorded);
          failed.delete(file);
          return 'kept';
        }
        if (mode === 'hold' && bytes && filePath) {
          // Held only when its frontmatter is valid: a page with problems there is compiled now,
          // so that they are reported as they are for every page.
          const frontmatter = frontmatterOf(bytes);
          const data = frontmatter && (await context.parseData({ id, data: frontmatter }).catch(() => undefined));
          if (data) {
            store.set({ id, data, filePath, digest: `held:${source}` });
            held.set(id, { pipeline, name });
            failed.delete(file);
            return 'held';
          }
        }
        const page = await pipeline.analyze(name, bytes);
        const errors = page.diagnostics.filter((d) => d.level === 'error');
        if (!page.compiled || errors.some((d) => d.id.startsWith('frontmatter-'))) {
          // Without a usable frontmatter there is no page to publish: keep only the problems.
          store.delete(id);
          failed.set(file, page.diagnostics);
          return 'failed';
        }
        failed.delete(file);
        const data = await context.parseData({ id, data: page.compiled.frontmatter });
        const digest = digestWith(page.compiled.partials);
        const content = join(contentCache, `${context.generateDigest(`${id}\0${digest}`)}.json`);
        const compiled = { partials: page.compiled.partials, headings: page.compiled.headings, facts: page.facts, diagnostics: page.diagnostics };
        const text = JSON.stringify({
          body: page.compiled.body,
          markdown: page.compiled.markdown,
          page: { digest, frontmatter: page.compiled.frontmatter, metadata: compiled },
        } satisfies PageContent);
        const metadata: PageMetadata = { content, ...compiled };
        // Astro wants the entry's path relative to the project, even for content outside it
        // (filePath, above). Generated pages have no file (and so no "Edit this page").
        const entry = { id, data, ...(filePath ? { filePath } : {}), digest, rendered: { html: '', metadata: { ...metadata } } };
        // The entry is set once its content file is whole: the dev server's pages see an entry as
        // soon as it is set (./live-entries.ts), and would read a file still being written.
        if (mode === 'alone') {
          writeFileWholeSync(content, text);
          store.set(entry);
        } else {
          // Written in the background: the next page compiles while the thread pool writes this one.
          await writes.add(async () => {
            await writeFileWhole(content, text);
            store.set(entry);
          });
        }
        contentFiles.add(content);
        return 'compiled';
      }

      /** The content file of each page the manifest lists, by URL: see loadPage. */
      let recordedContent = new Map<string, string>();

      /**
       * Takes in a change to partials (dev only): the pages that show them are compiled again,
       * found by their digests without reading every page again as loadAll does (half a second at
       * 5,000 pages). As in loadAll, pages past the first few hundred are held, to be compiled in
       * the background; pages still held are compiled with the partials as they are by then.
       */
      async function reloadForPartials(): Promise<void> {
        for (const each of pipelines) await each.loadPartials();
        let compiled = 0;
        for (const [id, { pipeline: each, name, source }] of sources) {
          const entry = store.get(id);
          const metadata = entry?.rendered ? pageMetadata(entry) : undefined;
          if (!metadata || pageDigest(entry?.digest) === pageDigestOf(source, each, metadata.partials ?? [])) continue;
          const loaded = await loadPage(each, name, compiled >= COMPILED_BEFORE_SERVING ? 'hold' : 'batch');
          if (loaded === 'compiled' || loaded === 'failed') compiled++;
        }
        await flushWrites();
      }

      /** Whether the loader is taking the content in for the first time in this process. */
      let starting = true;

      async function loadAll(): Promise<void> {
        await mkdir(contentCache, { recursive: true });
        recordedContent = new Map(Object.values(readManifest(manifestFile).pages).map((p) => [p.url, p.content]));
        contentFiles.clear();
        // Pages still held when a change is taken in stay held, to be compiled in the background.
        const wasHeld = new Set(held.keys());
        held.clear();
        await refreshEditions();
        for (const each of pipelines) await each.loadPartials();
        refreshFingerprint();
        const pages = await Promise.all(pipelines.map(async (each) => ({ pipeline: each, names: await each.listPages() })));
        const ids = new Set(pages.flatMap(({ pipeline: each, names }) => names.map((n) => each.pageId(n).id)));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const id of sources.keys()) if (!ids.has(id)) sources.delete(id);
        failed.clear();
        if (pages[0]!.names.length === 0) context.logger.warn(`There are no pages (*.mdoc) in ${pipeline.repoPath(pipeline.docsDir)}: the site has nothing to show.`);
        let compiled = 0;
        for (const { pipeline: each, names } of pages) {
          for (const name of names) {
            const hold = context.watcher !== undefined && (compiled >= COMPILED_BEFORE_SERVING || wasHeld.has(each.pageId(name).id));
            const loaded = await loadPage(each, name, hold ? 'hold' : 'batch');
            if (loaded === 'compiled' || loaded === 'failed') compiled++;
          }
        }
        await flushWrites();
        // Content files of pages that changed or went away. The dev server removes them only
        // when it starts: until Astro has written its store again (half a second after a save),
        // the pages it serves still name the files they were compiled to.
        if (context.watcher && !starting) return;
        const stale = (await readdir(contentCache)).map((file) => join(contentCache, file)).filter((path) => !contentFiles.has(path));
        await forEachLimited(stale, WRITES_AT_ONCE, (path) => rm(path, { force: true }));
      }

      /** The site's settings are reported once: by the build, or when the dev server starts. */
      let settingsReported = false;
      /** Runs the site-wide checks and reports every problem: fatal in a build, logged in dev. */
      async function report(): Promise<void> {
        // Pages still held are checked with the others once they are compiled.
        if (held.size > 0) return;
        const settings = settingsReported ? [] : settingsFindings(root);
        settingsReported = true;
        // Every page is compiled by now, but one whose compiling failed on the way (it is said).
        const entries = store.values().filter((e) => pageMetadata(e) !== undefined);
        // The manifest the build's integrations read (see ./manifest.ts).
        const published = publishedPages(
          entries.map((e) => {
            const { facts, content } = pageMetadata(e);
            const data = e.data as { title: string; description?: string };
            return { url: facts.url, title: data.title, ...(data.description ? { description: data.description } : {}), content, anchors: facts.anchors, ...(facts.lang ? { lang: facts.lang } : {}), ...(facts.version ? { version: facts.version } : {}) };
          }),
          (version) => editions.versions.find((v) => v.version.name === version)?.languages.translated.map((l) => l.tag) ?? [],
        );
        writeManifest(manifestFile, withPages(readManifest(manifestFile), published));
        const pages = entries.map((e) => pageMetadata(e).facts);
        const repoPath = (path: string) => pipeline.repoPath(path);
        const site = checkEditions(pages, {
          contentDir,
          editions,
          locks: await readLocks(contentDir, editions.versions.map((v) => v.version), repoPath),
          publicFiles: await listPublicFiles(join(root, 'public')),
          missingTargets: env.missingTargets,
          statusOf,
          repoPath,
        });
        const all = pipelines.reduce(
          (found, each) => each.withIncludeSites(found, pages),
          uniqueDiagnostics([
            ...pipelines.flatMap((each) => each.partialDiagnostics),
            ...[...failed.values()].flat(),
            ...entries.flatMap((e) => pageMetadata(e).diagnostics),
            ...site,
            ...settings,
          ]),
        );
        if (context.watcher) {
          // In dev, each page also carries its site-wide problems and those of the partials it
          // shows, for the error overlay.
          const shared = uniqueDiagnostics([...site, ...pipelines.flatMap((each) => each.partialDiagnostics)]);
          for (const entry of entries) {
            const metadata = pageMetadata(entry);
            const own = pipelineOf(metadata.facts);
            const partialFiles = Object.keys(own.partialDependencies(metadata.partials ?? [])).flatMap((name) => own.partialsDirs.map((dir) => own.repoPath(join(dir, name))));
            const files = new Set([metadata.facts.file, ...partialFiles]);
            const siteDiagnostics = shared.filter((d) => files.has(d.file));
            const text = JSON.stringify(siteDiagnostics);
            if (text !== JSON.stringify(metadata.siteDiagnostics ?? [])) {
              // Astro's store ignores an entry set again with the same digest: the site's problems
              // are added to it (and left out where the cache compares digests, see pageDigest).
              const digest = `${pageDigest(entry.digest)}${SITE_MARK}${context.generateDigest(text)}`;
              store.set({ ...entry, digest, rendered: { html: '', metadata: { ...metadata, siteDiagnostics } } });
            }
          }
        }
        if (all.length === 0) return;
        const text = formatDiagnostics(all);
        const hasErrors = all.some((d) => d.level === 'error');
        // CONTENT_ERRORS=warn publishes despite errors (previews of hostile or broken content).
        if (hasErrors && !context.watcher && !env.publishWithErrors) {
          const error = new Error(`The content has errors. Fix them and build again (npm run check lists them too).\n\n${text}`);
          // The problems are the author's, located in their files: a stack trace of ours would only hide them.
          error.stack = '';
          throw error;
        }
        (hasErrors ? context.logger.error : context.logger.warn).call(context.logger, `\n${text}`);
      }

      await loadAll();
      starting = false;
      await report();

      const watcher = context.watcher;
      if (!watcher) return;

      // Changes are taken in one at a time, in the order they came (see onEvent), and so are the
      // held pages compiled in the background, one per turn: a save waits for one page at most.
      const serial = new SerialQueue();
      /** Whether a change was taken in that the dev server has not been told of yet. */
      let unshown = false;
      /** Runs `work`, noting whether it changed what the dev server's pages show. */
      const noting = async <T>(work: () => Promise<T>): Promise<T> => {
        const before = liveVersion();
        const result = await work();
        if (liveVersion() !== before) unshown = true;
        return result;
      };
      /**
       * Tells the dev server to show what changed, once the files waiting for their turn are
       * taken in too: a burst of saves reloads the browser once, for its last save.
       */
      const announce = () => {
        if (queued.size > 0 || !unshown) return;
        unshown = false;
        announceLiveChange();
      };
      /** Compiles a held page now, if it is still held. */
      const compileHeld = (id: string) =>
        serial.run(async () => {
          const page = held.get(id);
          if (!page) return;
          live?.deferSaving(true);
          let loaded: Loaded;
          try {
            // What every sidebar shows of it came from its frontmatter, read the same way: only a
            // page whose data came out otherwise, or that failed, changes what pages show.
            // Each page on its own: its content file is written at once (the work that writes in
            // the background, loadAll and reloadForPartials, waits for its writes before it ends).
            loaded = await noting(() => loadPage(page.pipeline, page.name, 'alone'));
          } finally {
            live?.deferSaving(false);
          }
          // Deleted before its turn came, and taken out (see loadPage): readers are told at once.
          if (loaded === 'gone') return announce();
          const entry = store.get(id);
          if (loaded === 'compiled' && entry) {
            const { facts, content } = pageMetadata(entry);
            const { title } = entry.data as { title: string };
            backgroundPageCompiled({ url: facts.url, title, content, ...(facts.lang ? { lang: facts.lang } : {}), ...(facts.version ? { version: facts.version } : {}), versioned: editions.versions.length > 1 });
          }
          // A page that could not be compiled is no page: its problems are said at once.
          const problems = loaded === 'failed' ? failed.get(page.pipeline.repoPath(join(page.pipeline.docsDir, page.name))) : undefined;
          if (problems) context.logger.error(`\n${formatDiagnostics(problems)}`);
        });
      setLiveCompiler(context.collection, (id) => (held.has(id) ? compileHeld(id) : Promise.resolve()));
      /** The background compilation under way, if any. */
      let background: Promise<void> | undefined;
      /** Compiles the held pages in the background, then checks the site, unless that is under way. */
      const compileInBackground = () => {
        if (held.size === 0 || background) return;
        const started = performance.now();
        const count = held.size;
        context.logger.info(`Serving now: ${count} more pages are compiled in the background (a page asked for first); the site's checks and search follow.`);
        background = (async () => {
          while (held.size > 0) {
            while (held.size > 0) {
              const id = held.keys().next().value!;
              // A page that fails to compile (its content file cannot be written…) is said and left
              // out (loadPage let it go first), and the others go on.
              await compileHeld(id).catch((error: unknown) => {
                store.delete(id);
                unshown = true;
                context.logger.error(`${id}: ${error instanceof Error ? error.message : String(error)}`);
              });
              // Requests are answered first: a page asked for is not slowed down by the others.
              await whenIdle();
            }
            await serial.run(async () => {
              live?.saveDeferred();
              await noting(report);
              announce();
            });
          }
          context.logger.info(`Compiled ${count} pages in the background in ${((performance.now() - started) / 1000).toFixed(1)}s.`);
        })()
          .catch((error: unknown) => context.logger.error(`Compiling pages in the background failed: ${error instanceof Error ? error.message : String(error)}`))
          .finally(() => (background = undefined));
        setLiveSettled(context.collection, background);
      };
      compileInBackground();

      /** Whether site-wide checks are waiting for their turn (see checkSoon). */
      let checkWaiting = false;
      /**
       * Runs the site-wide checks (links, anchors) after a change, and shows what they changed in
       * what a page reports (once every page is compiled); then compiles the pages a change held,
       * in the background. The checks take the only thread for a quarter of a second at 5,000
       * pages: they wait until the dev server has answered the page the browser asks for again
       * (a second at most), and changes taken in meanwhile are checked together, once.
       */
      const checkSoon = () => {
        if (checkWaiting) return;
        checkWaiting = true;
        const checks = whenAnswered()
          .then(() =>
            serial.run(async () => {
              checkWaiting = false;
              await noting(report);
              announce();
              compileInBackground();
            }),
          )
          .catch((error: unknown) => context.logger.error(`Checking the site failed: ${error instanceof Error ? error.message : String(error)}`));
        // Search waits for them: they write the manifest it is made from.
        setLiveChecks(context.collection, checks);
      };

      watcher.add(contentDir);
      const inside = (path: string, dir: string) => path.startsWith(dir + sep);
      /** Where the translations and the old versions are (`CONTENT_DIR/i18n/`, `CONTENT_DIR/versions/`). */
      const languagesDir = join(contentDir, 'i18n');
      const versionsDir = join(contentDir, 'versions');
      /** A digest of a file as it is on disk now; null when it does not exist. */
      const digestOf = (path: string): string | null => {
        try {
          return createHash('sha1').update(readFileSync(path)).digest('hex');
        } catch {
          return null;
        }
      };
      /** What each file was when it was last taken in. */
      const seen = new Map<string, string | null>();
      /**
       * The watcher reports a file by its modification time, so a save written in two steps within
       * one tick of the clock (emptied, then written) can be reported once, for the first step.
       * So a file taken in is looked at again shortly after, and taken in again if it changed.
       */
      const lookAgain = (path: string) => {
        for (const delay of [50, 300]) {
          setTimeout(() => {
            if (digestOf(path) !== seen.get(path)) onEvent(path);
          }, delay).unref();
        }
      };
      /** The digest of an empty file. */
      const EMPTY = createHash('sha1').digest('hex');
      /** What {@link seen} holds for a file read empty once, and given time to be written. */
      const EMPTIED = 'emptied';
      /** Takes one saved, added or deleted file in, as it is on disk now. */
      const apply = async (path: string) => {
        const digest = digestOf(path);
        // Most editors save by emptying the file, then writing it: a file read empty is given a
        // moment to be written before it is taken in (as a page with no frontmatter).
        if (digest === EMPTY && seen.get(path) !== EMPTIED) {
          seen.set(path, EMPTIED);
          lookAgain(path);
          return;
        }
        seen.set(path, digest);
        lookAgain(path);
        try {
          const owner = pipelines.find((each) => inside(path, each.docsDir));
          const before = liveVersion();
          if (pipelines.some((each) => inside(path, each.partialsDir))) {
            await reloadForPartials();
          } else if (!owner && (inside(path, languagesDir) || inside(path, versionsDir)) && basename(path) !== ANCHOR_LOCK_FILE) {
            // A language or version folder added or removed: the pages it changed that are not
            // compiled at once are held, and compiled in the background.
            await loadAll();
          } else if (owner) {
            const name = relative(owner.docsDir, path).split(sep).join('/');
            if (!isPagePath(name)) return;
            if (existsSync(path)) {
              await loadPage(owner, name, 'alone');
            } else {
              forgetPage(owner, name);
            }
          } else if (basename(path) !== ANCHOR_LOCK_FILE) {
            return;
          }
          if (liveVersion() !== before) unshown = true;
          // The change shows at once; the site-wide checks (links, anchors) follow.
          announce();
          checkSoon();
        } catch (error) {
          // The dev server must survive any save: say what happened and wait for the next one.
          context.logger.error(`${pipeline.repoPath(path)}: ${error instanceof Error ? error.message : String(error)}`);
        }
      };
      // Files are taken in one at a time, in the order they were saved, each read when its turn
      // comes: a save that arrives while an earlier one is being compiled waits for it, so the
      // last save always wins (an editor that formats on save writes twice in a row). A file
      // already waiting for its turn is not queued twice: it is read once, as it is by then.
      const queued = new Set<string>();
      /** The files the content is made of: pages, partials and the anchor lock. */
      const isContent = (path: string) => inside(path, pipeline.docsDir) || inside(path, pipeline.partialsDir) || inside(path, languagesDir) || inside(path, versionsDir) || path === lockPath;
      const onEvent = (path: string) => {
        // The watcher reports every file of the project (Astro's own cache among them): only
        // content files are read, digested and looked at again.
        if (!isContent(path) || queued.has(path)) return;
        queued.add(path);
        void serial.run(() => {
          queued.delete(path);
          return apply(path);
        });
      };
      watcher.on('change', onEvent);
      watcher.on('add', onEvent);
      watcher.on('unlink', onEvent);
    },
  };
}
