/**
 * Icons for the `icon` tag and cards, from Iconify sets bundled at build time and written into the
 * page as inline SVG (no script, no font): Lucide for interface icons, Simple Icons for brands.
 * A name is `set:icon` (`simple-icons:apple`), a Lucide name (`key`, `chevron-right`), or a name
 * the site maps in its `iconAliases` setting (the names docs written for Appwrite use, such as
 * `icon-apple` or `cheveron-right`).
 */
import { icons as lucide } from '@iconify-json/lucide';
import { icons as simpleIcons } from '@iconify-json/simple-icons';
import type { Schema } from '@markdoc/markdoc';
import { getIconData, iconToSVG } from '@iconify/utils';

/** An icon ready to draw: its viewBox and the SVG elements inside it. */
export interface IconSvg {
  viewBox: string;
  body: string;
}

const SETS = { lucide, 'simple-icons': simpleIcons } as const;
type SetName = keyof typeof SETS;
const DEFAULT_SET: SetName = 'lucide';

/** The icon a name stands for, or undefined when no set has it. */
export function resolveIcon(name: string, aliases: Readonly<Record<string, string>> = {}): IconSvg | undefined {
  const written = name.trim();
  const full = Object.hasOwn(aliases, written) ? aliases[written]! : written;
  const [set, icon] = full.includes(':') ? (full.split(':', 2) as [string, string]) : [DEFAULT_SET, full];
  if (!Object.hasOwn(SETS, set)) return undefined;
  const source = SETS[set as SetName];
  if (!Object.hasOwn(source.icons, icon) && !Object.hasOwn(source.aliases ?? {}, icon)) return undefined;
  const data = getIconData(source, icon);
  if (!data) return undefined;
  const svg = iconToSVG(data);
  return { viewBox: svg.attributes.viewBox, body: svg.body };
}

/** Names an author could have meant, for suggestions: the site's aliases and the default set's icons. */
export function iconNames(aliases: Readonly<Record<string, string>> = {}): string[] {
  return [...Object.keys(aliases), ...Object.keys(SETS[DEFAULT_SET].icons), ...Object.keys(SETS[DEFAULT_SET].aliases ?? {})];
}

/** The attributes of a tag's schema that name an icon (`icon: true`): drawn at compile time, checked by name. */
export function iconAttributes(schema: Schema | undefined): string[] {
  return Object.entries((schema?.attributes ?? {}) as Record<string, { icon?: true }>).flatMap(([name, attribute]) => (attribute.icon ? [name] : []));
}
