import { defineMarkdocConfig } from '@astrojs/markdoc/config';
import type { Config } from '@markdoc/markdoc';
import { buildTagReference } from './tag-reference';
import { document } from './nodes/document';
import { fence } from './nodes/fence';
import { heading } from './nodes/heading';
import { image, link } from './nodes/link';
import { table } from './nodes/table';
import { th, td } from './nodes/cells';
import { accordion } from './tags/accordion';
import { accordion_item } from './tags/accordion_item';
import { arrow_link } from './tags/arrow_link';
import { danger, info, note, tip, warning } from './tags/callout';
import { cards } from './tags/cards';
import { cards_image_item } from './tags/cards_image_item';
import { cards_item } from './tags/cards_item';
import { icon } from './tags/icon';
import { icon_image } from './tags/icon_image';
import { multicode } from './tags/multicode';
import { only_dark } from './tags/only_dark';
import { only_light } from './tags/only_light';
import { section } from './tags/section';
import { table as tableTag } from './tags/table';
import { tabs } from './tags/tabs';
import { tabsitem } from './tags/tabsitem';

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
