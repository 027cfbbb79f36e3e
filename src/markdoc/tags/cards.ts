import { componentTag } from './define';

/** `{% cards %}`: a grid of link cards. */
export const cards = componentTag({
  component: 'Cards',
  description: 'A grid of link cards, from the cards_item and cards_image_item tags it holds.',
  example: '{% cards %}\n{% cards_item href="#tag-cards" title="SDKs" %}\nLibraries for every platform.\n{% /cards_item %}\n{% /cards %}',
  children: ['tag'],
});

/** `{% cards_item %}`: one link card. */
export const cards_item = componentTag({
  component: 'CardsItem',
  description: 'A card linking to a page, with a title, an optional icon or image, and a short text.',
  example: '{% cards %}\n{% cards_item href="#tag-cards" title="SDKs" icon="code" %}\nLibraries for every platform.\n{% /cards_item %}\n{% /cards %}',
  attributes: {
    href: { type: String, required: true, description: 'Where the card links.' },
    title: { type: String, required: true, description: 'Title of the card.' },
    icon: { type: String, description: 'Name of an icon shown before the title.' },
    image: { type: String, description: 'An image shown at the top of the card.' },
  },
});

/** `{% cards_image_item %}`: a card whose picture differs between the light and dark themes. */
export const cards_image_item = componentTag({
  component: 'CardsImageItem',
  description: 'A link card with a picture for the light theme and one for the dark theme.',
  example: '{% cards %}\n{% cards_image_item href="#tag-cards-image-item" title="Quick start" light="/favicon.svg" dark="/favicon.svg" %}\nBuild your first app.\n{% /cards_image_item %}\n{% /cards %}',
  attributes: {
    href: { type: String, required: true, description: 'Where the card links.' },
    title: { type: String, required: true, description: 'Title of the card.' },
    light: { type: String, required: true, description: 'Picture shown in the light theme.' },
    dark: { type: String, required: true, description: 'Picture shown in the dark theme.' },
  },
});
