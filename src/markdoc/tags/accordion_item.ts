import { componentTag } from './define.ts';

/** `{% accordion_item title="…" %}`: one section of an accordion. */
export const accordion_item = componentTag({
  component: 'AccordionItem',
  description: 'One section of an accordion, closed until the reader opens it. Works without JavaScript.',
  example: '{% accordion %}\n{% accordion_item title="Question" open=true %}\nAnswer.\n{% /accordion_item %}\n{% /accordion %}',
  attributes: {
    title: { type: String, required: true, description: 'What the reader clicks to open the section.' },
    open: { type: Boolean, default: false, description: 'Whether the section starts open.' },
  },
});
