import type { UiStrings } from './ui-strings.ts';

/** The strings the page's scripts show (copy buttons, search, announcements). */
export const SCRIPT_STRINGS = [
  'copied',
  'copyFailed',
  'copyPage',
  'pageCopied',
  'pageCopyFailed',
  'copyCode',
  'codeSelected',
  'codeCopiedStatus',
  'codeSelectedStatus',
  'linkCopied',
  'searchLoading',
  'searchUnavailable',
  'searchNoResults',
  'searchFoundOne',
  'searchFoundOther',
] as const satisfies readonly (keyof UiStrings)[];

export type ScriptStrings = Pick<UiStrings, (typeof SCRIPT_STRINGS)[number]>;

/**
 * The scripts' strings as the content of a `<meta name="ui-strings">`: the site's policy allows
 * no inline script, and a page's scripts are the same file in every language.
 */
export function scriptStrings(strings: UiStrings): string {
  return JSON.stringify(Object.fromEntries(SCRIPT_STRINGS.map((key) => [key, strings[key]])));
}
