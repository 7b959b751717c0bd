/**
 * A worker thread that draws social cards for the main build thread (see social-card-pool.ts).
 * It receives `{ id, input, cacheDirectory }` messages, draws or reuses each card exactly as the
 * main thread would (same fonts, same cache), and answers `{ id, png }` or `{ id, error }`.
 * Node runs this file directly (type stripping), so it imports nothing that needs a bundler.
 */
import { parentPort } from 'node:worker_threads';
import { cachedSocialCard, cardFonts, type SocialCardInput } from './social-card.ts';

export interface CardRequest {
  id: number;
  input: SocialCardInput;
  cacheDirectory: string;
}

export type CardResponse = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', async ({ id, input, cacheDirectory }: CardRequest) => {
  let response: CardResponse;
  try {
    response = { id, png: await cachedSocialCard(input, cardFonts(), cacheDirectory) };
  } catch (error) {
    response = { id, error: error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error) };
  }
  parentPort?.postMessage(response);
});
