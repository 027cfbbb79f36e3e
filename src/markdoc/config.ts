import { defineMarkdocConfig } from '@astrojs/markdoc/config';
import type { Config } from '@markdoc/markdoc';
import { buildTagReference } from './tag-reference';
import { document } from './nodes/document';
import { fence } from './nodes/fence';
import { heading } from './nodes/heading';
import { image, link } from './nodes/link';
import { table } from './nodes/table';
import { th, td } from './nodes/cells';
import { collectTags } from './registry';
import { tagModules } from './tags/index';

/**
 * Every tag and node the site supports. Tags are data: each module under `tags/` declares its
 * tags (see tags/define.ts), and the registry (tags/index.ts) lists the modules.
 */
const config = defineMarkdocConfig({
  nodes: { document, heading, fence, table, th, td, link, image },
  tags: collectTags(tagModules),
});

export default config;

/** The same config, typed as Markdoc's own (component() render targets are objects, not names). */
export const markdocConfig = config as unknown as Config;

/** The generated pages of the site: the tag reference, from the tag schemas. */
export function generatedPages(reference: { path: string; title: string } | false): Record<string, string> {
  if (!reference) return {};
  return { [`${reference.path}.mdoc`]: buildTagReference(markdocConfig.tags ?? {}, reference.title) };
}
