import type { APIRoute } from 'astro';
import { bibliography } from '../../data/bibliography.ts';

/** /sources/bibliography.json: every source of the library as CSL-JSON, in slug order. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await bibliography(), null, 2)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
