import { BUILT_IN_STRINGS, type UiStrings } from './ui/index.ts';

export type { UiStrings };
export { formatUi } from './ui/format.ts';

/** The English strings, which every missing string falls back to. */
export const ENGLISH: UiStrings = BUILT_IN_STRINGS.en!;

/**
 * The built-in strings that fit a language best: its own tag, then the tag with fewer subtags
 * (`pt-BR-x` → `pt-BR`), then its likely script or region (`zh-CN` → `zh-Hans`, `pt` → `pt-BR`).
 */
function builtInFor(tag: string): Partial<UiStrings> | undefined {
  const candidates = [tag];
  for (let parts = tag.split('-'); parts.length > 1; ) {
    parts = parts.slice(0, -1);
    candidates.push(parts.join('-'));
  }
  try {
    const likely = new Intl.Locale(tag).maximize();
    if (likely.script) candidates.push(`${likely.language}-${likely.script}`);
    if (likely.region) candidates.push(`${likely.language}-${likely.region}`);
  } catch {
    // Not a tag: English.
  }
  const found = candidates.find((candidate) => Object.hasOwn(BUILT_IN_STRINGS, candidate));
  return found ? BUILT_IN_STRINGS[found] : undefined;
}

/** A language's chrome strings, and the keys it has in neither the site's settings nor the built-in ones. */
export function uiStringsFor(tag: string, overrides: Partial<UiStrings> = {}): { strings: UiStrings; missing: (keyof UiStrings)[] } {
  const builtIn = builtInFor(tag) ?? {};
  const strings = { ...ENGLISH };
  const missing: (keyof UiStrings)[] = [];
  for (const key of Object.keys(ENGLISH) as (keyof UiStrings)[]) {
    const value = overrides[key] ?? builtIn[key];
    if (typeof value === 'string') strings[key] = value;
    else missing.push(key);
  }
  return { strings, missing };
}
