import { componentTag } from './define.ts';

/** `{% cards_item %}`: one link card. */
export const cards_item = componentTag({
  component: 'CardsItem',
  description: 'A card linking to a page, with a title, an optional icon or image, and a short text.',
  example: '{% cards %}\n{% cards_item href="#tag-cards" title="SDKs" icon="code" %}\nLibraries for every platform.\n{% /cards_item %}\n{% /cards %}',
  attributes: {
    href: { type: String, required: true, url: 'link', description: 'Where the card links.' },
    title: { type: String, required: true, description: 'Title of the card.' },
    icon: { type: String, icon: true, description: 'Name of an icon shown before the title, as the icon tag takes it.' },
    image: { type: String, url: 'image', description: 'An image shown at the top of the card.' },
  },
});
