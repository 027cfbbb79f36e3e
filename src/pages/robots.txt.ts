import type { APIRoute } from 'astro';
import { withBasePath } from '../site/urls.ts';

/** Lets every crawler in and points it to the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBasePath('/sitemap-index.xml', import.meta.env.BASE_URL), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
