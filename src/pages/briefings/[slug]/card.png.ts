import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { publishedBriefings } from '../../../briefings.ts';
import { CARD_CACHE, cardFonts, cachedSocialCard } from '../../../lib/publishing/social-card.ts';
import { SITE } from '../../../site.ts';

/** A 1200x630 social card per published briefing, drawn at build time from its title and dek. */
export const getStaticPaths = (async () => {
  const briefings = await publishedBriefings();
  return briefings.map((briefing) => ({ params: { slug: briefing.id }, props: { briefing } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ briefing: CollectionEntry<'briefings'> }> = async ({ props, site }) => {
  const { title, dek } = props.briefing.data;
  const png = await cachedSocialCard({ kicker: SITE.name, title, dek, footer: site?.host ?? '' }, cardFonts(), CARD_CACHE);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
