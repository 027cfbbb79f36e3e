import Markdoc, { type Config, type Node, type Schema } from '@markdoc/markdoc';
import { publishedUrl } from '../../site/urls.ts';
import { pageContext } from '../context.ts';

/**
 * Links: root-relative targets get the site's base path, and script URLs (`javascript:`…) are
 * never emitted (the checker reports them).
 */
export const link: Schema = {
  ...Markdoc.nodes.link,
  transform(node: Node, config: Config) {
    const { href, ...rest } = node.transformAttributes(config) as { href?: string; title?: string };
    const children = node.transformChildren(config);
    const url = typeof href === 'string' ? publishedUrl(href, pageContext(config).base) : undefined;
    if (url === undefined) return new Markdoc.Tag('span', { class: 'link-removed' }, children);
    return new Markdoc.Tag('a', { ...rest, href: url }, children);
  },
};

/** Images: the same rules as links for their source. */
export const image: Schema = {
  ...Markdoc.nodes.image,
  transform(node: Node, config: Config) {
    const { src, alt, title } = node.transformAttributes(config) as { src?: string; alt?: string; title?: string };
    const url = typeof src === 'string' ? publishedUrl(src, pageContext(config).base) : undefined;
    if (url === undefined) return new Markdoc.Tag('span', { class: 'image-removed' }, [alt ?? '']);
    return new Markdoc.Tag('img', { src: url, alt: alt ?? '', title, loading: 'lazy' }, []);
  },
};
