import { defineCollection } from 'astro:content';
import { docsSchema } from './pipeline/frontmatter.ts';
import { docsLoader } from './build/docs-loader.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema }),
};
