import { componentTag } from './define';

/** `{% arrow_link href="…" %}`: a call to action. */
export const arrow_link = componentTag({
  component: 'ArrowLink',
  description: 'A link that stands out, with an arrow: the next step after a section.',
  example: '{% arrow_link href="#tag-arrow-link" %}\nRead about arrow links\n{% /arrow_link %}',
  attributes: {
    href: { type: String, required: true, description: 'Where the link goes.' },
  },
});

/** `{% icon icon="…" /%}`: an inline icon. */
export const icon = componentTag({
  component: 'Icon',
  description: 'A small inline icon, for example in a sentence describing a button.',
  example: 'Click {% icon icon="plus" /%} to add one.',
  selfClosing: true,
  attributes: {
    icon: { type: String, required: true, description: 'Name of the icon.' },
    size: { type: String, default: 's', matches: ['s', 'm', 'l'], description: 'Size: s, m or l.' },
  },
});

/** `{% icon_image src="…" alt="…" /%}`: a small inline image such as a logo. */
export const icon_image = componentTag({
  component: 'IconImage',
  description: 'A small image inline with text, such as a product logo.',
  example: '{% icon_image src="/favicon.svg" alt="Logo" size="m" /%}',
  selfClosing: true,
  attributes: {
    src: { type: String, required: true, description: 'The image file.' },
    alt: { type: String, required: true, description: 'What the image shows, for screen readers (empty if decorative).' },
    size: { type: String, default: 'm', matches: ['s', 'm', 'l'], description: 'Size: s, m or l.' },
  },
});
