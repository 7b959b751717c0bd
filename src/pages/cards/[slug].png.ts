import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedBriefings } from '../../briefings.ts';
import { CARD_CACHE, cardFonts, cachedSocialCard, type SocialCardInput } from '../../lib/publishing/social-card.ts';
import { createSocialCardPool } from '../../lib/publishing/social-card-pool.ts';
import { SITE } from '../../site.ts';

/**
 * A 1200x630 social card per published briefing, drawn at build time from its title and dek.
 *
 * The route lives at /cards/ rather than under each briefing so that Astro, which renders
 * routes in order, reaches it after the briefing pages: the cards are handed to worker
 * threads when Astro asks for the paths and are drawn while the pages render.
 */
const prefetched = new Map<string, Promise<Uint8Array>>();

export const getStaticPaths = (async () => {
  const briefings = await publishedBriefings();
  const footer = import.meta.env.SITE ? new URL(import.meta.env.SITE).host : '';
  const paths = briefings.map((briefing) => {
    const input: SocialCardInput = { kicker: SITE.name, title: briefing.data.title, dek: briefing.data.dek, footer };
    return { params: { slug: briefing.id }, props: { input } };
  });
  if (!import.meta.env.DEV && paths.length > 0 && prefetched.size === 0) {
    const pool = createSocialCardPool({ projectRoot: process.cwd(), cacheDirectory: CARD_CACHE });
    for (const { params, props } of paths) {
      const png = pool.draw(props.input);
      // Awaited by GET below; until then a failure must not count as unhandled.
      png.catch(() => {});
      prefetched.set(params.slug, png);
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ input: SocialCardInput }, { slug: string }> = async ({ params, props }) => {
  let png: Uint8Array;
  try {
    png = await (prefetched.get(params.slug) ?? Promise.reject(new Error('not prefetched')));
  } catch {
    // Not prefetched (dev, a single card) or the worker failed: draw it here, where a
    // real error surfaces with its own message.
    png = await cachedSocialCard(props.input, cardFonts(), CARD_CACHE);
  }
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
