import { component } from '@astrojs/markdoc/config';
import Markdoc, { type Config, type Node, type Schema, type SchemaAttribute } from '@markdoc/markdoc';
import type { MarkdownRule } from '../../pipeline/markdown.ts';
import { publishedUrl, urlAttributes, type UrlKind } from '../../site/urls.ts';
import { pageContext } from '../context.ts';
import { iconAttributes, resolveIcon } from '../../pipeline/icons.ts';

/** Where a tag's component lives, by file name under `src/components/content/`. */
export function contentComponent(name: string): string {
  // @astrojs/markdoc's component() config stands where Markdoc expects an element name.
  return component(`./src/components/content/${name}.astro`) as unknown as string;
}

/**
 * An attribute of a tag, described for the tag reference and the editor. One that holds a URL says
 * which kind (`url: 'link'` or `'image'`): it is checked and published as the page's own links and
 * images are, so the component receives it ready to use (or not at all, for a script URL). One
 * that names an icon (`icon: true`) reaches the component as the icon itself (../../pipeline/icons.ts).
 */
export type TagAttribute = SchemaAttribute & { description: string; url?: UrlKind; icon?: true };

/** What a tag rendered by a component declares. */
export interface ComponentTagOptions {
  /** The component's file name under `src/components/content/`, without `.astro`. */
  component: string;
  /** What the tag is for, shown in the tag reference. */
  description: string;
  /** Its attributes; each needs a `description`. */
  attributes?: Record<string, TagAttribute>;
  /** Markdoc of an example, shown in the tag reference. */
  example: string;
  selfClosing?: boolean;
  children?: string[];
  /** Extra props computed from the node (for example the titles of child tags). */
  props?: (node: Node, config: Config) => Record<string, unknown>;
  /** How the tag reads in the page's Markdown copy; by default, as its contents. */
  markdown?: MarkdownRule;
}

/**
 * A tag's schema as this site declares it: Markdoc's schema, its description and example (for
 * the tag reference and the editor), and how it reads in the Markdown copy.
 */
export type TagSchema = Schema & { description: string; example: string; markdown?: MarkdownRule };

/** Whether a module's export is a tag schema: the registry (./index.ts) takes those. */
export function isTagSchema(value: unknown): value is TagSchema {
  const schema = value as Partial<TagSchema> | null;
  return typeof schema === 'object' && schema !== null && typeof schema.example === 'string' && typeof schema.description === 'string';
}

/**
 * Defines a tag rendered by an Astro component: its attributes become the component's props,
 * plus `inline` (whether the tag sits inside a line of text) and any computed props.
 */
export function componentTag(options: ComponentTagOptions): TagSchema {
  const render = contentComponent(options.component);
  const urls = urlAttributes({ attributes: options.attributes ?? {} });
  const icons = iconAttributes({ attributes: options.attributes ?? {} });
  return {
    render,
    description: options.description,
    example: options.example,
    ...(options.selfClosing ? { selfClosing: true } : {}),
    ...(options.children ? { children: options.children as Schema['children'] } : {}),
    ...(options.markdown ? { markdown: options.markdown } : {}),
    attributes: options.attributes ?? {},
    transform(node: Node, config: Config) {
      const props: Record<string, unknown> = { ...node.transformAttributes(config), ...(node.inline ? { inline: true } : {}), ...options.props?.(node, config) };
      for (const [name] of urls) {
        const value = props[name];
        if (typeof value === 'string') props[name] = publishedUrl(value, pageContext(config).base);
      }
      for (const name of icons) {
        const value = props[name];
        if (typeof value === 'string') props[name] = resolveIcon(value, pageContext(config).iconAliases);
      }
      return new Markdoc.Tag(render, props, node.transformChildren(config));
    },
  };
}
