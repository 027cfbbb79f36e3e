import { formatUi } from '../site/ui/format.ts';
import type { ScriptStrings } from '../site/script-strings.ts';

/**
 * The page's strings for its scripts, from its `<meta name="ui-strings">`, which every page of the
 * site has (in its language): the scripts themselves are the same file in every language.
 */
function read(): ScriptStrings {
  try {
    return JSON.parse(document.querySelector<HTMLMetaElement>('meta[name="ui-strings"]')?.content ?? '') as ScriptStrings;
  } catch {
    return new Proxy({} as ScriptStrings, { get: (_target, key) => String(key) });
  }
}

export const ui = read();

/** "3 pages found", in the page's language and its plural rules. */
export function pagesFound(count: number): string {
  const rule = new Intl.PluralRules(document.documentElement.lang || 'en').select(count);
  return formatUi(rule === 'one' ? ui.searchFoundOne : ui.searchFoundOther, { count });
}

export { formatUi };
