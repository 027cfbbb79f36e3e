import { loadDocsSite, loadPageMarkdown, type EditionSite } from './docs-site.ts';
import { markdownCopy } from '../pipeline/markdown.ts';
import { llmsSections, readingOrder, renderLlmsFull, renderLlmsTxt } from '../site/llms.ts';
import { languageBase } from '../site/urls.ts';
import { slugToUrl } from '../site/urls.ts';
import { siteConfig } from '../site.config.ts';

/** A language's current docs, by its tag (the default language's when unset): old versions are not listed. */
async function languageSite(tag?: string): Promise<{ own: EditionSite; others: EditionSite[] }> {
  const languages = (await loadDocsSite()).editions.filter((e) => !e.version.name);
  const own = languages.find((l) => l.tag === tag);
  if (!own) throw new Error(`No language ${tag} on this site.`);
  return { own, others: languages.filter((l) => l !== own) };
}

/** The pages of a language as `llms.txt` lists them. */
function listed(own: EditionSite) {
  return llmsSections(
    own.sidebar,
    own.routes.map(({ slug, entry }) => ({ slug, title: entry.data.title, description: entry.data.description })),
  );
}

/** `llms.txt` of a language (https://llmstxt.org): see ../site/llms.ts. */
export async function llmsTxt(site: URL | undefined, tag?: string): Promise<string> {
  const { own, others } = await languageSite(tag);
  const base = languageBase(import.meta.env.BASE_URL, tag);
  const elsewhere = others.map((l) => ({ label: l.language.label, url: new URL(`${languageBase(import.meta.env.BASE_URL, l.tag)}llms.txt`, site).href }));
  return renderLlmsTxt(siteConfig, listed(own), (slug) => new URL(`${slugToUrl(slug, base)}index.md`, site).href, elsewhere);
}

/** `llms-full.txt` of a language: every page's Markdown copy in reading order. */
export async function llmsFullTxt(site: URL | undefined, tag?: string): Promise<string> {
  const { own } = await languageSite(tag);
  const base = languageBase(import.meta.env.BASE_URL, tag);
  const entries = new Map(own.routes.map(({ slug, entry }) => [slug, entry]));
  const copies = [];
  for (const { slug } of readingOrder(listed(own))) {
    const entry = entries.get(slug)!;
    const markdown = await loadPageMarkdown(entry);
    // A page deleted since the list of pages was made (in the dev server) is left out.
    if (markdown !== undefined) copies.push({ url: new URL(slugToUrl(slug, base), site).href, markdown: markdownCopy(entry.data.title, entry.data.description, markdown) });
  }
  return renderLlmsFull(siteConfig, copies);
}
