import Markdoc from '@markdoc/markdoc';
import type { TagSchema } from './define';

/**
 * `{% table %}`: a table written as a list (one `---` per row), for cells that hold lists, code
 * or several paragraphs. It renders like a Markdown table.
 */
export const table: TagSchema = {
  ...Markdoc.tags.table,
  description: 'A table written as lists: `* cell` per cell, `---` between rows. Header cells take `{% width=120 %}` and `{% align="center" %}`.',
  example: '{% table %}\n* Scope {% width=160 %}\n* Grants\n---\n* `users.read`\n* Read the project’s users\n{% /table %}',
};
