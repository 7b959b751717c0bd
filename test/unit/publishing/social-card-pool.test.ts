import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cardFonts, renderSocialCard, socialCardKey } from '../../../src/lib/publishing/social-card.ts';
import { createSocialCardPool, type SocialCardPool } from '../../../src/lib/publishing/social-card-pool.ts';

const root = process.cwd();
const input = (title: string) => ({ kicker: 'Site', title, dek: 'A dek of one sentence.', footer: 'ex.org' });

describe('createSocialCardPool', () => {
  let pool: SocialCardPool | undefined;
  let cache: string | undefined;
  afterEach(async () => {
    await pool?.close();
    if (cache) rmSync(cache, { recursive: true, force: true });
    pool = cache = undefined;
  });

  it('draws cards on worker threads, byte-identical to the main thread, and stores them in the cache', async () => {
    cache = mkdtempSync(join(tmpdir(), 'card-pool-'));
    pool = createSocialCardPool({ projectRoot: root, cacheDirectory: cache, workerCount: 2 });
    const titles = ['The first card', 'The second card', 'The third card'];
    const drawn = await Promise.all(titles.map((title) => pool!.draw(input(title))));
    for (const [index, title] of titles.entries()) {
      expect(Buffer.from(drawn[index]!).equals(Buffer.from(await renderSocialCard(input(title), cardFonts())))).toBe(true);
    }
    expect(readdirSync(cache).sort()).toEqual(titles.map((title) => `${socialCardKey(input(title), cardFonts())}.png`).sort());
  });

  it('rejects every card when its worker script cannot be loaded, so the caller can draw them itself', async () => {
    cache = mkdtempSync(join(tmpdir(), 'card-pool-'));
    pool = createSocialCardPool({ projectRoot: join(root, 'no-such-project'), cacheDirectory: cache, workerCount: 1 });
    await expect(pool.draw(input('A card'))).rejects.toThrow(/social-card worker failed/);
  });

  it('rejects the cards still queued when it is closed', async () => {
    cache = mkdtempSync(join(tmpdir(), 'card-pool-'));
    pool = createSocialCardPool({ projectRoot: root, cacheDirectory: cache, workerCount: 1 });
    const queued = expect(pool.draw(input('Never drawn'))).rejects.toThrow(/closed/);
    await pool.close();
    await queued;
  });
});
