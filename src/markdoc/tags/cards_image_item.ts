import { componentTag } from './define.ts';

/** `{% cards_image_item %}`: a card whose picture differs between the light and dark themes. */
export const cards_image_item = componentTag({
  component: 'CardsImageItem',
  description: 'A link card with a picture for the light theme and one for the dark theme.',
  example: '{% cards %}\n{% cards_image_item href="#tag-cards-image-item" title="Quick start" light="/favicon.svg" dark="/favicon.svg" %}\nBuild your first app.\n{% /cards_image_item %}\n{% /cards %}',
  attributes: {
    href: { type: String, required: true, url: 'link', description: 'Where the card links.' },
    title: { type: String, required: true, description: 'Title of the card.' },
    light: { type: String, required: true, url: 'image', description: 'Picture shown in the light theme.' },
    dark: { type: String, required: true, url: 'image', description: 'Picture shown in the dark theme.' },
  },
});
