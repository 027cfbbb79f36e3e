import type { APIRoute } from 'astro';
import { llmsFullTxt } from '../build/llms-files.ts';

/** `llms-full.txt`: every page's Markdown copy in reading order, each after its address. */
export const GET: APIRoute = async ({ site }) => new Response(await llmsFullTxt(site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
