import Markdoc, { type Config, type Node } from '@markdoc/markdoc';
import { RAW_HTML } from '../../pipeline/render-tree.ts';
import { contentComponent, type TagSchema } from './define.ts';
import { pageContext } from '../context.ts';
import { ENGLISH } from '../../site/ui-strings.ts';

const render = contentComponent('Multicode');

/**
 * `{% multicode %}`: the same code in several languages, with a language switcher. Every block
 * but the first is kept out of the search index, so each snippet is found once.
 */
export const multicode: TagSchema = {
  render,
  description:
    'One code block with a language switcher, from the code fences it holds. The reader’s language is remembered across pages; search indexes the first language only.',
  example: '{% multicode %}\n```js\nconsole.log("hi");\n```\n```python\nprint("hi")\n```\n{% /multicode %}',
  children: ['fence'],
  attributes: {},
  transform(node: Node, config: Config) {
    let blocks = 0;
    const children = node.transformChildren(config).map((child) => {
      if (!Markdoc.Tag.isTag(child) || child.name !== RAW_HTML) return child;
      blocks++;
      if (blocks === 1) return child;
      const html = String(child.attributes.html).replace(/^<figure class="code-block"/, '<figure class="code-block" data-pagefind-ignore="all"');
      return new Markdoc.Tag(RAW_HTML, { html }, []);
    });
    // The switcher's name for screen readers, in the page's language.
    return new Markdoc.Tag(render, { label: (pageContext(config).strings ?? ENGLISH).codeLanguage }, children);
  },
};
