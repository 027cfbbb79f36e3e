import { describe, expect, it } from 'vitest';
import { siteConfig } from '../site.config.ts';
import { iconNames, resolveIcon } from './icons.ts';

describe('icons', () => {
  it('draws Lucide names, set-prefixed names and the site\'s aliases as inline SVG', () => {
    expect(resolveIcon('plus')).toMatchObject({ viewBox: '0 0 24 24', body: expect.stringContaining('<path') });
    expect(resolveIcon('simple-icons:apple')?.body).toContain('fill="currentColor"');
    expect(resolveIcon('icon-apple', { 'icon-apple': 'simple-icons:apple' })).toEqual(resolveIcon('simple-icons:apple'));
  });
  it('knows nothing of names no set has', () => {
    expect(resolveIcon('no-such-icon')).toBeUndefined();
    expect(resolveIcon('nosuchset:plus')).toBeUndefined();
    expect(resolveIcon('constructor')).toBeUndefined();
  });
  it('resolves every alias of the site config, and every name the Appwrite docs use', () => {
    for (const [name, target] of Object.entries(siteConfig.iconAliases)) expect(resolveIcon(name, siteConfig.iconAliases), `${name} → ${target}`).toBeDefined();
    for (const name of ['plus', 'cheveron-right', 'chevron-right', 'arrow-right', 'external-link', 'key', 'lock', 'info', 'warning']) {
      expect(resolveIcon(name, siteConfig.iconAliases), name).toBeDefined();
    }
    expect(iconNames(siteConfig.iconAliases)).toContain('icon-apple');
  });
});
