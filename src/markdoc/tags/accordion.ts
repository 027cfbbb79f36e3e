import { componentTag } from './define.ts';

/** `{% accordion %}`: sections that open and close. */
export const accordion = componentTag({
  component: 'Accordion',
  description: 'A list of sections that open and close, from the accordion_item tags it holds.',
  example: '{% accordion %}\n{% accordion_item title="What is an API key?" %}\nA secret that identifies a server.\n{% /accordion_item %}\n{% /accordion %}',
  children: ['tag'],
});
