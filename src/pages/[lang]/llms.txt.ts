import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteLanguages } from '../../build/docs-site.ts';
import { llmsTxt } from '../../build/llms-files.ts';

/** `llms.txt` of each translated language, at `/<tag>/llms.txt`. */
export const getStaticPaths: GetStaticPaths = async () => (await loadSiteLanguages()).map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ site, params }) => new Response(await llmsTxt(site, params.lang), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
