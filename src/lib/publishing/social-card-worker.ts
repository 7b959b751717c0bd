/**
 * A worker thread that draws social cards for the main build thread (see social-card-pool.ts).
 * It receives `{ id, input, cacheDirectory }` messages, draws or reuses each card exactly as the
 * main thread would (same fonts, same cache), and answers `{ id, png }` or `{ id, error }`.
 * Node runs this file directly (type stripping), so it imports nothing that needs a bundler.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { cachedSocialCard, cardFonts, type SocialCardInput } from './social-card.ts';

export interface CardRequest {
  id: number;
  input: SocialCardInput;
  cacheDirectory: string;
}

export type CardResponse = { id: number; png: Uint8Array } | { id: number; error: string };

/**
 * Each card leaves about 4 MB of native memory (resvg's pixmap and PNG buffers) that is freed
 * only when V8 collects the small JS objects holding it and then runs their finalizers on a
 * later turn of the event loop. This thread allocates too little JS for V8 to collect on its
 * own, and a queue of cards never yields a turn: without help, 1,000 cards grew the build by
 * 3 GB. So the thread collects every few cards and yields between cards.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const CARDS_PER_COLLECTION = 8;

const queue: CardRequest[] = [];
let running = false;

async function drawQueued(): Promise<void> {
  running = true;
  let drawn = 0;
  for (let request = queue.shift(); request; request = queue.shift()) {
    let response: CardResponse;
    try {
      response = { id: request.id, png: await cachedSocialCard(request.input, cardFonts(), request.cacheDirectory) };
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
      response = { id: request.id, error: error instanceof Error ? `${error.message}${cause}` : String(error) };
    }
    parentPort?.postMessage(response);
    if (++drawn % CARDS_PER_COLLECTION === 0) collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
  running = false;
}

parentPort?.on('message', (request: CardRequest) => {
  queue.push(request);
  if (!running) void drawQueued();
});
