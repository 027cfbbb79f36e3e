import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../site.config.ts';
import { parseMissingTargets, readEnvironment, resolveContentDir } from './env.ts';

describe('resolveContentDir', () => {
  it('defaults to content in the project root', () => {
    expect(resolveContentDir('/repo', undefined)).toBe('/repo/content');
    expect(resolveContentDir('/repo', '  ')).toBe('/repo/content');
  });
  it('resolves a relative CONTENT_DIR against the project root', () => {
    expect(resolveContentDir('/repo', 'fixtures/site')).toBe('/repo/fixtures/site');
  });
  it('keeps an absolute CONTENT_DIR', () => {
    expect(resolveContentDir('/repo', '/tmp/site')).toBe('/tmp/site');
  });
});

describe('readEnvironment', () => {
  it('gives the defaults when nothing is set', () => {
    expect(readEnvironment('/repo', {})).toEqual({
      contentDir: '/repo/content',
      cacheDir: '/repo/node_modules/.astro',
      outDir: '/repo/dist',
      base: '/',
      missingTargets: siteConfig.missingTargets,
      publishWithErrors: false,
    });
  });
  it('reads every variable', () => {
    const env = readEnvironment('/repo', {
      CONTENT_DIR: 'other',
      OUT_DIR: '/tmp/out',
      BASE_PATH: '/docs-site/',
      MISSING_TARGETS: 'warning',
      CONTENT_ERRORS: 'warn',
      PREVIOUS_BUILD: '/tmp/old',
    });
    expect(env.contentDir).toBe('/repo/other');
    expect(env.outDir).toBe('/tmp/out');
    expect(env.base).toBe('/docs-site/');
    expect(env.missingTargets).toBe('warning');
    expect(env.publishWithErrors).toBe(true);
    expect(env.previousBuild).toBe('/tmp/old');
  });
  it('gives each content folder a cache folder of its own', () => {
    const a = readEnvironment('/repo', { CONTENT_DIR: 'a' }).cacheDir;
    const b = readEnvironment('/repo', { CONTENT_DIR: 'b' }).cacheDir;
    expect(a).not.toBe(b);
    expect(a.startsWith(join('/repo', 'node_modules/.astro/content-'))).toBe(true);
  });
});

describe('parseMissingTargets', () => {
  it('accepts error and warning, and falls back when unset', () => {
    expect(parseMissingTargets('error', 'X')).toBe('error');
    expect(parseMissingTargets('warning', 'X')).toBe('warning');
    expect(parseMissingTargets(undefined, 'X', 'warning')).toBe('warning');
    expect(parseMissingTargets('', 'X', 'error')).toBe('error');
  });
  it('names the source of a wrong value and the values it takes', () => {
    expect(() => parseMissingTargets('warn', '--missing-targets')).toThrow('--missing-targets is "warn": set it to error or warning, or leave it unset.');
  });
});
