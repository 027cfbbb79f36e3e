import { componentTag } from './define.ts';

/** `{% only_dark %}`: content shown in the dark theme only. */
export const only_dark = componentTag({
  component: 'OnlyDark',
  description: 'Content shown in the dark theme only (a screenshot of the dark interface, say). Search indexes the light version only.',
  example: '{% only_dark %}\n![The site logo, dark version](/favicon.svg)\n{% /only_dark %}',
});
