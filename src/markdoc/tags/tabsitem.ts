import { componentTag } from './define.ts';

/** `{% tabsitem #id title="…" %}`: one tab of a `{% tabs %}`. */
export const tabsitem = componentTag({
  component: 'TabsItem',
  description: 'One tab of a tabs tag. Linking to its id opens it.',
  example: '{% tabs %}\n{% tabsitem #web title="Web" %}\nContent of the Web tab.\n{% /tabsitem %}\n{% tabsitem #mobile title="Mobile" %}\nContent of the Mobile tab.\n{% /tabsitem %}\n{% /tabs %}',
  attributes: {
    id: { type: String, description: 'Anchor of the tab: a link to #id opens it.' },
    title: { type: String, required: true, description: 'Label of the tab.' },
  },
  // In the Markdown copy, the tab's title in bold (with its anchor, if it has one), then its contents.
  markdown(node, { blocks, escape }) {
    const { id, title } = node.attributes as { id?: string; title?: string };
    return [`**${escape(typeof title === 'string' ? title : '')}**${typeof id === 'string' ? ` {#${id}}` : ''}`, ...blocks(node.children)];
  },
});
