import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuiltPage, Manifest } from './manifest.ts';
import { digest, htmlFile, pageKey, planPage, recordBuild } from './page-reuse.ts';

const work = mkdtempSync(join(tmpdir(), 'page-reuse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes a page's `index.html` into an output folder. */
function publish(outDir: string, url: string, html: string): void {
  mkdirSync(join(outDir, url), { recursive: true });
  writeFileSync(htmlFile(outDir, url), html);
}

describe('pageKey', () => {
  const entry = { id: 'guides/setup', digest: 'd1' };
  const layout = { title: 'Setup', nav: [{ label: 'Setup', href: '/docs/guides/setup/' }] };
  it('is the same for the same code, entry and layout data', () => {
    expect(pageKey('f', entry, layout)).toBe(pageKey('f', { ...entry }, structuredClone(layout)));
  });
  it('changes with the code, the entry and any layout data', () => {
    const key = pageKey('f', entry, layout);
    expect(pageKey('g', entry, layout)).not.toBe(key);
    expect(pageKey('f', { ...entry, digest: 'd2' }, layout)).not.toBe(key);
    expect(pageKey('f', { ...entry, id: 'guides/other' }, layout)).not.toBe(key);
    expect(pageKey('f', entry, { ...layout, nav: [{ label: 'Setting up', href: '/docs/guides/setup/' }] })).not.toBe(key);
  });
});

describe('planPage and recordBuild', () => {
  const previousDir = join(work, 'previous');
  const outDir = join(work, 'out');
  publish(previousDir, '/docs/a/', '<p>a</p>');
  publish(previousDir, '/docs/b/', '<p>b</p>');
  publish(previousDir, '/docs/c/', '<p>c, edited by hand</p>');
  const built: Record<string, BuiltPage> = {
    '/docs/a/': { key: 'ka', html: digest('<p>a</p>') },
    '/docs/b/': { key: 'kb', html: digest('<p>b</p>') },
    '/docs/c/': { key: 'kc', html: digest('<p>c</p>') },
    '/docs/gone/': { key: 'kg', html: digest('<p>gone</p>') },
  };
  const source = { fingerprint: 'f', previousDir };

  it('carries over a page only when its key and its published file are the ones recorded', () => {
    expect(planPage(source, built['/docs/a/'], '/docs/a/', 'ka')).toEqual({ key: 'ka', carried: true });
    // Another key: something the page is made from changed.
    expect(planPage(source, built['/docs/b/'], '/docs/b/', 'kb2')).toEqual({ key: 'kb2', carried: false });
    // The file is not the one that build wrote (changed since, or another build's).
    expect(planPage(source, built['/docs/c/'], '/docs/c/', 'kc')).toEqual({ key: 'kc', carried: false });
    // The file is gone.
    expect(planPage(source, built['/docs/gone/'], '/docs/gone/', 'kg')).toEqual({ key: 'kg', carried: false });
    // A page the previous build did not have.
    expect(planPage(source, undefined, '/docs/new/', 'kn')).toEqual({ key: 'kn', carried: false });
  });

  it('carries nothing over without a previous build', () => {
    expect(planPage({ fingerprint: 'f', previousDir: undefined }, built['/docs/a/'], '/docs/a/', 'ka').carried).toBe(false);
  });

  it('records carried pages as they were and rendered pages as written, for the next build', () => {
    const page = (url: string) => ({ url, title: url, content: `${url}.json`, anchors: [] });
    const manifest: Manifest = {
      version: 2,
      pages: {
        '/docs/a/': { ...page('/docs/a/'), built: built['/docs/a/'], planned: { key: 'ka', carried: true } },
        '/docs/b/': { ...page('/docs/b/'), built: built['/docs/b/'], planned: { key: 'kb2', carried: false } },
        '/docs/new/': { ...page('/docs/new/'), planned: { key: 'kn', carried: false } },
        // Not planned (a build that stopped before this page's route ran): it records nothing.
        '/docs/other/': { ...page('/docs/other/'), built: { key: 'ko', html: 'h' } },
      },
    };
    publish(outDir, '/docs/b/', '<p>b, new</p>');
    // /docs/new/ produced no file: it is not recorded, so it can never be carried over.
    expect(recordBuild(manifest, outDir)).toEqual({
      version: 2,
      pages: {
        '/docs/a/': { ...page('/docs/a/'), built: { key: 'ka', html: digest('<p>a</p>') } },
        '/docs/b/': { ...page('/docs/b/'), built: { key: 'kb2', html: digest('<p>b, new</p>') } },
        '/docs/new/': page('/docs/new/'),
        '/docs/other/': page('/docs/other/'),
      },
    });
  });
});
