import { defineMarkdocConfig } from '@astrojs/markdoc/config';
import type { Config } from '@markdoc/markdoc';
import { document } from './nodes/document';
import { fence } from './nodes/fence';
import { heading } from './nodes/heading';
import { image, link } from './nodes/link';
import { table } from './nodes/table';
import { danger, info, note, tip, warning } from './tags/callout';

/** Every tag and node the site supports. Tags are data: one schema per file under `tags/`. */
const config = defineMarkdocConfig({
  nodes: { document, heading, fence, table, link, image },
  tags: { info, note, tip, warning, danger },
});

export default config;

/** The same config, typed as Markdoc's own (component() render targets are objects, not names). */
export const markdocConfig = config as unknown as Config;
