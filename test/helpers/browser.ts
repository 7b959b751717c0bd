import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { serveSite as serveBuiltSite, type RunningSite } from '../../tools/server/serve-site.ts';
import { DIST, assertDistBuilt } from './dist.ts';

export { launchChromium } from '../../tools/browser/chromium.ts';
export type { RunningSite } from '../../tools/server/serve-site.ts';

/** Serves a built site (dist/ by default) on a free loopback port, with its _headers. */
export function serveSite(root = DIST, base = '/'): Promise<RunningSite> {
  return serveBuiltSite(root, base);
}

/**
 * For a test file that reads the built site in Chromium: serves dist/ and launches the
 * browser before its tests, closes both after. Use `.browser` and `.site` inside tests.
 */
export function useSiteInChromium(): { readonly browser: Browser; readonly site: RunningSite } {
  const state = {} as { browser: Browser; site: RunningSite };
  beforeAll(async () => {
    assertDistBuilt();
    state.site = await serveSite();
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}
