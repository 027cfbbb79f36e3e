import { describe, expect, it } from 'vitest';
import { buildTagReference } from './tag-reference.ts';

describe('buildTagReference', () => {
  const source = buildTagReference({
    info: {
      description: 'A callout.',
      example: '{% info %}\nText.\n{% /info %}',
      attributes: {
        title: { type: String, description: 'Heading of the callout.' },
        type: { type: String, default: 'info', matches: ['info', 'tip'], description: 'Kind | colour.' },
        internal: { type: String },
      },
    },
    partial: { attributes: {} },
  });
  it('documents each described tag with its attributes, types, defaults and example', () => {
    expect(source).toContain('## info {% #tag-info %}\n\nA callout.');
    expect(source).toContain('| `title` | text | no |  | Heading of the callout. |');
    expect(source).toContain('| `type` | text ("info", "tip") | no | `info` | Kind \\| colour. |');
    expect(source).not.toContain('internal');
    expect(source).toContain('````markdoc {% process=false %}\n{% info %}\nText.\n{% /info %}\n````\n\nRenders as:\n\n{% info %}');
  });
  it('leaves out tags without a description', () => {
    expect(source).not.toContain('## partial');
  });
});
