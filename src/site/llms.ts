/**
 * `llms.txt` and `llms-full.txt` (https://llmstxt.org): the site for language models. `llms.txt`
 * lists every page with its description, grouped as the sidebar groups them; `llms-full.txt` holds
 * every page's Markdown copy in reading order, each under its address. Both are made from the
 * content alone, so two builds of the same content write the same bytes.
 */
import { markdownLine as oneLine } from '../pipeline/markdown.ts';
import { flattenSidebar, type SidebarItem } from './sidebar.ts';

/** What the files say of a page. */
export interface LlmsPage {
  slug: string;
  title: string;
  description?: string;
}

/** A section of `llms.txt`: a heading and its pages, in sidebar order. */
export interface LlmsSection {
  heading: string;
  pages: LlmsPage[];
}

/**
 * The pages grouped by the sidebar's top-level sections: the links at the top under `Docs`, each
 * top-level group under its label (its own groups flattened in order), and published pages the
 * sidebar leaves out last, under `Other pages`.
 */
export function llmsSections(sidebar: readonly SidebarItem[], pages: readonly LlmsPage[]): LlmsSection[] {
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const listed = new Set<string>();
  const take = (slugs: string[]) =>
    slugs.flatMap((slug) => {
      const page = bySlug.get(slug);
      if (!page || listed.has(slug)) return [];
      listed.add(slug);
      return [page];
    });
  const sections: LlmsSection[] = [{ heading: 'Docs', pages: take(sidebar.filter((i) => i.type === 'link').map((l) => l.slug)) }];
  for (const group of sidebar) {
    if (group.type === 'group') sections.push({ heading: group.label, pages: take(flattenSidebar(group.items).map((l) => l.slug)) });
  }
  sections.push({ heading: 'Other pages', pages: take(pages.map((p) => p.slug)) });
  return sections.filter((s) => s.pages.length > 0);
}

/** The pages in reading order: as {@link llmsSections} lists them. */
export function readingOrder(sections: readonly LlmsSection[]): LlmsPage[] {
  return sections.flatMap((s) => s.pages);
}

interface Site {
  title: string;
  description: string;
}

/**
 * `llms.txt`: the site's name and summary, then each section's pages as links to their Markdown
 * copies, then the site's other languages (each with an `llms.txt` of its own), if it has any.
 */
export function renderLlmsTxt(site: Site, sections: readonly LlmsSection[], markdownUrl: (slug: string) => string, languages: readonly { label: string; url: string }[] = []): string {
  const blocks = sections.map((section) => {
    const lines = section.pages.map((p) => `- [${oneLine(p.title)}](${markdownUrl(p.slug)})${p.description ? `: ${oneLine(p.description)}` : ''}`);
    return `## ${oneLine(section.heading)}\n\n${lines.join('\n')}`;
  });
  if (languages.length > 0) blocks.push(`## Other languages\n\n${languages.map((l) => `- [${oneLine(l.label)}](${l.url})`).join('\n')}`);
  return `# ${oneLine(site.title)}\n\n> ${oneLine(site.description)}\n\n${blocks.join('\n\n')}\n`;
}

/**
 * `llms-full.txt`: the site's name and summary, then every page's Markdown copy in reading order,
 * each after a rule and the address of the page.
 */
export function renderLlmsFull(site: Site, pages: readonly { url: string; markdown: string }[]): string {
  const head = `# ${oneLine(site.title)}\n\n> ${oneLine(site.description)}\n\nEvery page of these docs, in reading order, each after the address it is published at.\n`;
  return [head, ...pages.map((p) => `---\n\nSource: ${p.url}\n\n${p.markdown.trim()}\n`)].join('\n');
}
