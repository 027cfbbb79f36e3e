import type { Plugin } from 'vite';
import { buildCodeThemeCss, CodeHighlighter, type CodeThemes } from '../pipeline/highlight.ts';

const VIRTUAL_ID = 'virtual:code-theme.css';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Serves `virtual:code-theme.css`: one class per colour of the two Shiki themes, so highlighted
 * code carries classes and no inline styles.
 */
export function codeThemePlugin(themes: CodeThemes): Plugin {
  let css: Promise<string> | undefined;
  return {
    name: 'code-theme',
    resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: async (id: string) => {
      if (id !== RESOLVED_ID) return undefined;
      css ??= CodeHighlighter.create(themes).then((h) => {
        const { light, dark } = h.themes();
        return buildCodeThemeCss(light, dark);
      });
      return css;
    },
  };
}
