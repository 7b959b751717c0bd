import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cslOfSource } from '../../../data/bibliography.ts';

/** /sources/<slug>/source.json: the source's reference as CSL-JSON, an array of one item (what reference managers import). */
export const getStaticPaths = (async () => (await getCollection('sources')).map((source) => ({ params: { slug: source.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify([await cslOfSource(String(params.slug))], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
