// Written by `npm run editor-schema` from the tag modules of this folder: do not edit.
import * as accordion from './accordion.ts';
import * as accordion_item from './accordion_item.ts';
import * as arrow_link from './arrow_link.ts';
import * as callout from './callout.ts';
import * as cards from './cards.ts';
import * as cards_image_item from './cards_image_item.ts';
import * as cards_item from './cards_item.ts';
import * as icon from './icon.ts';
import * as icon_image from './icon_image.ts';
import * as multicode from './multicode.ts';
import * as only_dark from './only_dark.ts';
import * as only_light from './only_light.ts';
import * as section from './section.ts';
import * as table from './table.ts';
import * as tabs from './tabs.ts';
import * as tabsitem from './tabsitem.ts';

/** Every tag module, by file name. */
export const tagModules = { accordion, accordion_item, arrow_link, callout, cards, cards_image_item, cards_item, icon, icon_image, multicode, only_dark, only_light, section, table, tabs, tabsitem };
