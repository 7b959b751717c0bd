/**
 * Social cards drawn ahead of the pages that need them.
 *
 * Astro builds in two long single-threaded stretches (bundling, then rendering pages), and a
 * card costs about 40 ms of CPU: at 1,000 briefings the cards alone were some 40 s of a build
 * while the machine's other cores sat idle. The build integration (src/integrations/
 * social-card-prefetch.ts) reads the briefings' titles and deks before bundling starts and
 * hands every card to a pool of worker threads; the card route later takes the finished PNG.
 *
 * The integration and the card route are loaded as different module instances (the route is
 * bundled by Vite), so they meet through one registry on globalThis. A card is keyed by its
 * input: a route asking for a card that was not drawn ahead (a draft, a title the integration
 * read differently) simply draws it itself, and both produce the same bytes.
 */
import { createSocialCardPool, type SocialCardPool } from './social-card-pool.ts';
import type { SocialCardInput } from './social-card.ts';

interface Registry {
  pool: SocialCardPool;
  /** Settles when the card is in the cache folder. The PNG itself is not kept: at 5,000
   * briefings, holding every card until Astro reached the route cost about 270 MB. */
  cards: Map<string, Promise<void>>;
  /** Cards the route took ready-made, and cards it had to draw itself. */
  taken: number;
  missed: number;
}

const REGISTRY = Symbol.for('briefings-site.social-card-prefetch');
type WithRegistry = typeof globalThis & { [REGISTRY]?: Registry };
const global = globalThis as WithRegistry;

const keyOf = (input: SocialCardInput) => JSON.stringify([input.kicker, input.title, input.dek, input.footer]);

/** Queues the cards on worker threads (started on first use); cards already queued are not queued again. */
export function prefetchSocialCards(inputs: readonly SocialCardInput[], options: { projectRoot: string; cacheDirectory: string }): void {
  if (inputs.length === 0) return;
  const registry = (global[REGISTRY] ??= { pool: createSocialCardPool(options), cards: new Map(), taken: 0, missed: 0 });
  for (const input of inputs) {
    const key = keyOf(input);
    if (registry.cards.has(key)) continue;
    const drawn = registry.pool.draw(input).then(() => undefined);
    // Awaited when the route asks for it; a failure until then must not count as unhandled.
    drawn.catch(() => {});
    registry.cards.set(key, drawn);
  }
}

/**
 * Settles when the card drawn ahead for this input is in the cache folder (the caller then
 * reads it from there), or is undefined when none was queued (the caller draws it).
 */
export function prefetchedSocialCard(input: SocialCardInput): Promise<void> | undefined {
  const registry = global[REGISTRY];
  const key = keyOf(input);
  const drawn = registry?.cards.get(key);
  if (registry) {
    registry.cards.delete(key);
    if (drawn) registry.taken++;
    else registry.missed++;
  }
  return drawn;
}

/** Stops the workers and says how many cards were drawn ahead and used. */
export async function finishSocialCardPrefetch(): Promise<{ taken: number; missed: number } | undefined> {
  const registry = global[REGISTRY];
  if (!registry) return undefined;
  delete global[REGISTRY];
  await registry.pool.close();
  return { taken: registry.taken, missed: registry.missed };
}
