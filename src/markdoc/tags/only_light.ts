import { componentTag } from './define.ts';

/** `{% only_light %}`: content shown in the light theme only. */
export const only_light = componentTag({
  component: 'OnlyLight',
  description: 'Content shown in the light theme only.',
  example: '{% only_light %}\n![The site logo](/favicon.svg)\n{% /only_light %}',
});
