import { componentTag } from './define.ts';

/** `{% icon_image src="…" alt="…" /%}`: a small inline image such as a logo. */
export const icon_image = componentTag({
  component: 'IconImage',
  description: 'A small image inline with text, such as a product logo.',
  example: '{% icon_image src="/favicon.svg" alt="Logo" size="m" /%}',
  selfClosing: true,
  attributes: {
    src: { type: String, required: true, url: 'image', description: 'The image file.' },
    alt: { type: String, required: true, description: 'What the image shows, for screen readers (empty if decorative).' },
    size: { type: String, default: 'm', matches: ['s', 'm', 'l'], description: 'Size: s, m or l.' },
  },
});
