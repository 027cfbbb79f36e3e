import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteLanguages } from '../../build/docs-site.ts';
import { llmsFullTxt } from '../../build/llms-files.ts';

/** `llms-full.txt` of each translated language, at `/<tag>/llms-full.txt`. */
export const getStaticPaths: GetStaticPaths = async () => (await loadSiteLanguages()).map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ site, params }) => new Response(await llmsFullTxt(site, params.lang), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
