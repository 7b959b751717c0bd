import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { publishedBriefings } from '../../../data/briefings.ts';
import { citationDataOf } from '../../../data/citations.ts';

/** /briefings/<slug>/citations.json: each citation's claim, source, passage and quotation selector, for checking by machine. */
export const getStaticPaths = (async () => (await publishedBriefings()).map((briefing) => ({ params: { slug: briefing.id }, props: { briefing } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ briefing: CollectionEntry<'briefings'> }> = async ({ props }) =>
  new Response(`${JSON.stringify(await citationDataOf(props.briefing), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
