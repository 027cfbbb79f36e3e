import Markdoc, { type Config, type Node } from '@markdoc/markdoc';
import { contentComponent, type TagSchema } from './define.ts';
import { resolveIcon } from '../../pipeline/icons.ts';

/** The kinds of callout, each with its own icon, colour and default title. */
export const CALLOUT_TYPES = ['info', 'note', 'tip', 'warning', 'danger'] as const;

/** One of {@link CALLOUT_TYPES}. */
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** The title a callout shows when it has none, by tag name (`warning` → `Warning`). */
export const CALLOUT_TITLES: Readonly<Record<CalloutType, string>> = {
  info: 'Info',
  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  danger: 'Danger',
};

/** The Lucide icon of each kind of callout. */
const CALLOUT_ICONS: Readonly<Record<CalloutType, string>> = {
  info: 'info',
  note: 'notebook-pen',
  tip: 'lightbulb',
  warning: 'triangle-alert',
  danger: 'octagon-alert',
};

/** Builds the schema of a callout tag whose `type` defaults to `type`. */
function calloutTag(type: CalloutType): TagSchema {
  const render = contentComponent('Callout');
  return {
    render,
    description: `A callout box (${type} by default) that sets a passage apart from the text around it.`,
    example: `{% ${type} title="Good to know" %}\nA passage set apart from the text.\n{% /${type} %}`,
    children: ['paragraph', 'tag', 'list', 'fence', 'table', 'heading', 'blockquote', 'hr', 'image'],
    attributes: {
      title: { type: String, description: 'Heading shown in bold at the top of the callout.' },
      id: { type: String, description: 'Anchor of the callout, so it can be linked to (`{% info #best-practice %}`).' },
      type: {
        type: String,
        default: type,
        matches: [...CALLOUT_TYPES],
        description: 'Kind of callout: sets the icon, the colour and the default title.',
      },
    },
    // The component gets its kind (a known one), its title (the kind's name when unset) and its icon, drawn.
    transform(node: Node, config: Config) {
      const attributes = { type, ...node.transformAttributes(config) } as { type: string; title?: string; id?: string };
      const kind: CalloutType = (CALLOUT_TYPES as readonly string[]).includes(attributes.type) ? (attributes.type as CalloutType) : 'info';
      const props = { ...attributes, type: kind, title: attributes.title ?? CALLOUT_TITLES[kind], icon: resolveIcon(CALLOUT_ICONS[kind]) };
      return new Markdoc.Tag(render, props, node.transformChildren(config));
    },
    // In the Markdown copy, a quoted block under its title in bold.
    markdown(node, { blocks, quote, escape }) {
      const title = node.attributes.title;
      const id = node.attributes.id;
      const heading = `**${escape(typeof title === 'string' ? title : CALLOUT_TITLES[type])}**${typeof id === 'string' ? ` {#${id}}` : ''}`;
      return [quote([heading, ...blocks(node.children)].join('\n\n'))];
    },
  };
}

/** `{% info title="…" %}`: background or advice worth knowing. */
export const info = calloutTag('info');
/** `{% note %}`: a side remark. */
export const note = calloutTag('note');
/** `{% tip %}`: a better way to do something. */
export const tip = calloutTag('tip');
/** `{% warning %}`: something that can go wrong. */
export const warning = calloutTag('warning');
/** `{% danger %}`: something that can lose data or break security. */
export const danger = calloutTag('danger');
