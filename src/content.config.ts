import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from './loader/docs-loader';

/** The frontmatter of a docs page. */
export const docsSchema = z.object({
  /** The page's title: its `<h1>`, its sidebar entry and the first part of `<title>`. */
  title: z.string().min(1),
  /** One or two sentences for search engines and link previews. */
  description: z.string().optional(),
  /** Page layout: `article` (the default) with the table of contents, `home` for landing pages, `tutorial` for step-by-step guides. */
  layout: z.enum(['article', 'home', 'tutorial']).default('article'),
  /** Old addresses of this page (`/docs/old/path/`): each gets a page that sends readers here, keeping the #section. */
  redirectFrom: z.array(z.string().min(1)).default([]),
  /** How the page appears in the sidebar. */
  sidebar: z
    .object({
      /** Position among its siblings, lowest first; pages without an order come after, by title. */
      order: z.number().optional(),
      /** Text of the sidebar entry, when it should be shorter than the title. */
      label: z.string().optional(),
      /** Leaves the page out of the sidebar (it is still published). */
      hidden: z.boolean().default(false),
    })
    .default({ hidden: false }),
});

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema }),
};
