import { componentTag } from './define.ts';

/** `{% arrow_link href="…" %}`: a call to action. */
export const arrow_link = componentTag({
  component: 'ArrowLink',
  description: 'A link that stands out, with an arrow: the next step after a section.',
  example: '{% arrow_link href="#tag-arrow-link" %}\nRead about arrow links\n{% /arrow_link %}',
  attributes: {
    href: { type: String, required: true, url: 'link', description: 'Where the link goes.' },
  },
});
