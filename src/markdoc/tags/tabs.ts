import type { Config, Node } from '@markdoc/markdoc';
import { pageContext } from '../context.ts';
import { componentTag } from './define.ts';

/** The titles and ids of a `tabs` tag's items, for its tab list. */
function tabItems(node: Node, config: Config): { items: { id?: string; title: string }[]; group: string } {
  const ctx = pageContext(config);
  ctx.tabGroups = (ctx.tabGroups ?? 0) + 1;
  return {
    group: `tabs-${ctx.tabGroups}`,
    items: node.children
      .filter((child) => child.type === 'tag' && child.tag === 'tabsitem')
      .map((child) => {
        const attributes = child.transformAttributes(config) as { id?: string; title?: string };
        return { ...(attributes.id ? { id: attributes.id } : {}), title: attributes.title ?? '' };
      }),
  };
}

/** `{% tabs %}`: tabs holding `{% tabsitem %}`s. */
export const tabs = componentTag({
  component: 'Tabs',
  description:
    'Tabs, one per tabsitem. The reader’s choice is remembered and applied to every group of tabs with the same titles. Without JavaScript every panel shows.',
  example: '{% tabs %}\n{% tabsitem #npm title="npm" %}\nnpm install sdk\n{% /tabsitem %}\n{% tabsitem #yarn title="Yarn" %}\nyarn add sdk\n{% /tabsitem %}\n{% /tabs %}',
  children: ['tag'],
  props: tabItems,
});
