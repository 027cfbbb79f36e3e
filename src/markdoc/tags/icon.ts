import { componentTag } from './define.ts';

/** `{% icon icon="…" /%}`: an inline icon. */
export const icon = componentTag({
  component: 'Icon',
  description: 'A small inline icon, for example in a sentence describing a button.',
  example: 'Click {% icon icon="plus" /%} to add one.',
  selfClosing: true,
  attributes: {
    icon: { type: String, required: true, icon: true, description: 'Name of the icon: a Lucide name (`key`), `set:name` (`simple-icons:apple`), or a name the site maps (`icon-apple`).' },
    size: { type: String, default: 's', matches: ['s', 'm', 'l'], description: 'Size: s, m or l.' },
  },
});
