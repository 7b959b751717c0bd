/**
 * A pool of worker threads that draw social cards (social-card-worker.ts) while the main
 * thread goes on bundling and rendering; see social-card-prefetch.ts for why and when.
 * The workers draw through the same content-addressed cache as the main thread, so a card
 * is byte-identical whichever thread drew it.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SocialCardInput } from './social-card.ts';
import type { CardRequest, CardResponse } from './social-card-worker.ts';

export interface SocialCardPool {
  /** The card's PNG: queued now, drawn by the next free worker. */
  draw(input: SocialCardInput): Promise<Uint8Array>;
  /** Stops the workers; pending cards are rejected. */
  close(): Promise<void>;
}

/** One worker per core but one: the main thread keeps a core for rendering pages. */
function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

interface Pending {
  resolve(png: Uint8Array): void;
  reject(error: Error): void;
}

/**
 * Starts `workerCount` workers running `social-card-worker.ts` from `projectRoot`'s sources.
 * The file is loaded by path rather than bundled because Astro bundles the card route into
 * its build output, where a worker module relative to the bundle would not exist.
 */
export function createSocialCardPool(options: { projectRoot: string; cacheDirectory: string; workerCount?: number }): SocialCardPool {
  const script = join(options.projectRoot, 'src/lib/publishing/social-card-worker.ts');
  const workers: Worker[] = [];
  const pending = new Map<number, Pending>();
  const busy = new Map<Worker, number>();
  let nextId = 0;
  let nextWorker = 0;

  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };

  for (let index = 0; index < (options.workerCount ?? defaultWorkerCount()); index++) {
    const worker = new Worker(script);
    // An idle worker must not keep the build process alive; a busy one must, or a
    // process awaiting its card could exit with the card unsettled.
    worker.unref();
    busy.set(worker, 0);
    worker.on('message', (response: CardResponse) => {
      const job = pending.get(response.id);
      pending.delete(response.id);
      const jobs = (busy.get(worker) ?? 1) - 1;
      busy.set(worker, jobs);
      if (jobs === 0) worker.unref();
      if (!job) return;
      if ('error' in response) job.reject(new Error(response.error));
      else job.resolve(response.png);
    });
    worker.on('error', (error: Error) => failAll(new Error(`A social-card worker failed: ${error.message}`, { cause: error })));
    workers.push(worker);
  }

  return {
    draw(input) {
      const id = nextId++;
      const worker = workers[nextWorker++ % workers.length]!;
      const jobs = busy.get(worker) ?? 0;
      if (jobs === 0) worker.ref();
      busy.set(worker, jobs + 1);
      const request: CardRequest = { id, input, cacheDirectory: options.cacheDirectory };
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage(request);
      });
    },
    async close() {
      failAll(new Error('The social-card pool was closed.'));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
