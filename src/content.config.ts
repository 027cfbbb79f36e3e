import { defineCollection } from 'astro:content';
import { docsSchema } from './pipeline/frontmatter';
import { docsLoader } from './build/docs-loader';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema }),
};
