import { defineCollection } from 'astro:content';
import { docsSchema } from './lib/frontmatter';
import { docsLoader } from './loader/docs-loader';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema }),
};
