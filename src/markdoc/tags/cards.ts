import { componentTag } from './define.ts';

/** `{% cards %}`: a grid of link cards. */
export const cards = componentTag({
  component: 'Cards',
  description: 'A grid of link cards, from the cards_item and cards_image_item tags it holds.',
  example: '{% cards %}\n{% cards_item href="#tag-cards" title="SDKs" %}\nLibraries for every platform.\n{% /cards_item %}\n{% /cards %}',
  children: ['tag'],
});
