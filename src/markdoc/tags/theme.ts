import { componentTag } from './define';

/** `{% only_dark %}`: content shown in the dark theme only. */
export const only_dark = componentTag({
  component: 'OnlyDark',
  description: 'Content shown in the dark theme only (a screenshot of the dark interface, say). Search indexes the light version only.',
  example: '{% only_dark %}\n![The console](/images/console-dark.png)\n{% /only_dark %}',
});

/** `{% only_light %}`: content shown in the light theme only. */
export const only_light = componentTag({
  component: 'OnlyLight',
  description: 'Content shown in the light theme only.',
  example: '{% only_light %}\n![The console](/images/console.png)\n{% /only_light %}',
});
