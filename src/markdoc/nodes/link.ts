import Markdoc, { type Config, type Node, type Schema } from '@markdoc/markdoc';
import { isSafeUrl, withBasePath } from '../../lib/urls';
import { pageContext } from '../context';

/**
 * Links: root-relative targets get the site's base path, and script URLs (`javascript:`…) are
 * never emitted (the checker reports them).
 */
export const link: Schema = {
  ...Markdoc.nodes.link,
  transform(node: Node, config: Config) {
    const ctx = pageContext(config);
    const { href, ...rest } = node.transformAttributes(config) as { href?: string; title?: string };
    const children = node.transformChildren(config);
    if (typeof href !== 'string' || !isSafeUrl(href)) return new Markdoc.Tag('span', { class: 'link-removed' }, children);
    return new Markdoc.Tag('a', { ...rest, href: withBasePath(href, ctx.base) }, children);
  },
};

/** Images: the same rules as links for their source. */
export const image: Schema = {
  ...Markdoc.nodes.image,
  transform(node: Node, config: Config) {
    const ctx = pageContext(config);
    const { src, alt, title } = node.transformAttributes(config) as { src?: string; alt?: string; title?: string };
    if (typeof src !== 'string' || !isSafeUrl(src)) return new Markdoc.Tag('span', { class: 'image-removed' }, [alt ?? '']);
    return new Markdoc.Tag('img', { src: withBasePath(src, ctx.base), alt: alt ?? '', title, loading: 'lazy' }, []);
  },
};
