/** URL schemes that run script when followed, never emitted as live links. */
const UNSAFE_SCHEME = /^(?:javascript|vbscript|data):/i;

/** Whether a URL is safe to emit as a link target or image source. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme (`java\tscript:`).
  const squeezed = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (!UNSAFE_SCHEME.test(squeezed)) return true;
  return /^data:image\/(?:png|gif|jpeg|webp|avif);/i.test(squeezed);
}

/**
 * Prefixes a root-relative URL (`/docs/a/`) with the site's base path, so links keep working when
 * the site is published under a sub-folder. Other URLs are returned as they are.
 */
export function withBasePath(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.replace(/\/$/, '');
  if (prefix === '' || url === prefix || url.startsWith(`${prefix}/`)) return url;
  return `${prefix}${url}`;
}
