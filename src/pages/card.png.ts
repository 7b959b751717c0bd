import type { APIRoute } from 'astro';
import { CARD_CACHE, cardFonts, cachedSocialCard, cardFooter } from '../lib/publishing/social-card.ts';
import { SITE } from '../config.ts';

/** The site's own social card, used by every page that has none of its own. */
export const GET: APIRoute = async ({ site }) => {
  const png = await cachedSocialCard(
    { kicker: 'Evidence-based briefings', title: SITE.name, dek: SITE.tagline, footer: cardFooter(site) },
    cardFonts(),
    CARD_CACHE,
  );
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
