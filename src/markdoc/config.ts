import { defineMarkdocConfig } from '@astrojs/markdoc/config';
import type { Config } from '@markdoc/markdoc';
import { buildTagReference } from '../lib/tag-reference';
import { document } from './nodes/document';
import { fence } from './nodes/fence';
import { heading } from './nodes/heading';
import { image, link } from './nodes/link';
import { table } from './nodes/table';
import { th, td } from './nodes/cells';
import { accordion, accordion_item } from './tags/accordion';
import { cards, cards_image_item, cards_item } from './tags/cards';
import { danger, info, note, tip, warning } from './tags/callout';
import { arrow_link, icon, icon_image } from './tags/links';
import { multicode } from './tags/multicode';
import { section } from './tags/section';
import { table as tableTag } from './tags/table';
import { tabs, tabsitem } from './tags/tabs';
import { only_dark, only_light } from './tags/theme';

/** Every tag and node the site supports. Tags are data: one schema per file under `tags/`. */
const config = defineMarkdocConfig({
  nodes: { document, heading, fence, table, th, td, link, image },
  tags: {
    info,
    note,
    tip,
    warning,
    danger,
    section,
    tabs,
    tabsitem,
    multicode,
    cards,
    cards_item,
    cards_image_item,
    accordion,
    accordion_item,
    only_dark,
    only_light,
    arrow_link,
    icon,
    icon_image,
    table: tableTag,
  },
});

export default config;

/** The same config, typed as Markdoc's own (component() render targets are objects, not names). */
export const markdocConfig = config as unknown as Config;

/** The generated pages of the site: the tag reference, from the tag schemas. */
export function generatedPages(reference: { path: string; title: string } | false): Record<string, string> {
  if (!reference) return {};
  return { [`${reference.path}.mdoc`]: buildTagReference(markdocConfig.tags ?? {}, reference.title) };
}
