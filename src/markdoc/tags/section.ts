import Markdoc, { type Config, type Node } from '@markdoc/markdoc';
import { buildHeading } from '../nodes/heading.ts';
import { contentComponent, type TagSchema } from './define.ts';

const render = contentComponent('Section');

/** `{% section #id step=1 title="…" %}`: a numbered step, its title a heading in "On this page". */
export const section: TagSchema = {
  render,
  description: 'A numbered step of a tutorial. Its title is a heading, listed under "On this page".',
  example: '{% section #create-project step=1 title="Create a project" %}\nOpen the console and create a project.\n{% /section %}',
  attributes: {
    id: { type: String, description: 'Anchor of the step; without it, a slug of the title.' },
    step: { type: Number, required: true, description: 'The step number shown beside the title.' },
    title: { type: String, required: true, description: 'Title of the step.' },
  },
  // In the Markdown copy, a heading with its number and anchor, as in the page.
  markdown(node, { blocks, escape, headingId }) {
    const { id, step, title } = node.attributes as { id?: string; step?: number; title?: string };
    const text = typeof title === 'string' ? title : '';
    const anchor = headingId(text, typeof id === 'string' ? id : undefined);
    return [`## ${typeof step === 'number' ? `${step}. ` : ''}${escape(text)} {#${anchor}}`, ...blocks(node.children)];
  },
  transform(node: Node, config: Config) {
    const { id, step, title } = node.transformAttributes(config) as { id?: string; step: number; title: string };
    const heading = buildHeading(2, [title], config, id);
    return new Markdoc.Tag(render, { step }, [heading, ...node.transformChildren(config)]);
  },
};
