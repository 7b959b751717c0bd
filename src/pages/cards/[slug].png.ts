import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedBriefings } from '../../data/briefings.ts';
import { CARD_CACHE, briefingCardInput, cardFonts, cachedSocialCard, type SocialCardInput } from '../../lib/publishing/social-card.ts';
import { prefetchSocialCards, prefetchedSocialCard } from '../../lib/publishing/social-card-prefetch.ts';
import { SITE } from '../../config.ts';

/**
 * A 1200x630 social card per published briefing, drawn at build time from its title and dek.
 *
 * Cards are drawn on worker threads from the start of the build (src/integrations/
 * social-card-prefetch.ts); the route lives at /cards/ rather than under each briefing so that
 * Astro, which renders routes in order, reaches it after the briefing pages, by when the cards
 * are ready. Any card not drawn ahead is queued here, or drawn inline in `npm run dev`.
 */
export const getStaticPaths = (async () => {
  const briefings = await publishedBriefings();
  const paths = briefings.map((briefing) => ({
    params: { slug: briefing.id },
    props: { input: briefingCardInput(briefing.data, SITE.name, import.meta.env.SITE) },
  }));
  if (!import.meta.env.DEV) prefetchSocialCards(paths.map((path) => path.props.input), { projectRoot: process.cwd(), cacheDirectory: CARD_CACHE });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ input: SocialCardInput }> = async ({ props }) => {
  // Wait for the worker when the card was queued; then the cache has it. A card not drawn
  // ahead (dev), or one the worker failed on, is drawn here, where a real error surfaces with
  // its own message.
  await prefetchedSocialCard(props.input)?.catch(() => {});
  const png = await cachedSocialCard(props.input, cardFonts(), CARD_CACHE);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
