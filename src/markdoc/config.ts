import { defineMarkdocConfig } from '@astrojs/markdoc/config';
import { document } from './nodes/document';
import { fence } from './nodes/fence';
import { heading } from './nodes/heading';
import { table } from './nodes/table';
import { danger, info, note, tip, warning } from './tags/callout';

/** Every tag and node the site supports. Tags are data: one schema per file under `tags/`. */
export default defineMarkdocConfig({
  nodes: { document, heading, fence, table },
  tags: { info, note, tip, warning, danger },
});
