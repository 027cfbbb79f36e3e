import type { APIRoute } from 'astro';
import { llmsTxt } from '../build/llms-files.ts';

/** `llms.txt` (https://llmstxt.org): every page with its description, grouped as the sidebar groups them. */
export const GET: APIRoute = async ({ site }) => new Response(await llmsTxt(site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
