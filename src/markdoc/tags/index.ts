// Written by `npm run editor-schema` from the tag modules of this folder: do not edit.
import * as accordion from './accordion';
import * as accordion_item from './accordion_item';
import * as arrow_link from './arrow_link';
import * as callout from './callout';
import * as cards from './cards';
import * as cards_image_item from './cards_image_item';
import * as cards_item from './cards_item';
import * as icon from './icon';
import * as icon_image from './icon_image';
import * as multicode from './multicode';
import * as only_dark from './only_dark';
import * as only_light from './only_light';
import * as section from './section';
import * as table from './table';
import * as tabs from './tabs';
import * as tabsitem from './tabsitem';

/** Every tag module, by file name. */
export const tagModules = { accordion, accordion_item, arrow_link, callout, cards, cards_image_item, cards_item, icon, icon_image, multicode, only_dark, only_light, section, table, tabs, tabsitem };
