import { defineMarkdocConfig } from '@astrojs/markdoc/config';
import type { Config } from '@markdoc/markdoc';
import { buildTagReference } from './tag-reference.ts';
import { document } from './nodes/document.ts';
import { fence } from './nodes/fence.ts';
import { heading } from './nodes/heading.ts';
import { image, link } from './nodes/link.ts';
import { table } from './nodes/table.ts';
import { th, td } from './nodes/cells.ts';
import { collectTags } from './registry.ts';
import { tagModules } from './tags/index.ts';

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
