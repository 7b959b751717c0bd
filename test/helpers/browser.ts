import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createStaticServer } from '../../src/lib/server/static-server.ts';
import { DIST, assertDistBuilt } from './dist.ts';

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the network and quiet in a sandboxed CI machine. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface RunningSite {
  /** Origin plus base path, ending in "/": "http://127.0.0.1:40123/". */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Serves a built site (dist/ by default) on a free loopback port, with its _headers. */
export async function serveSite(root = DIST, base = '/'): Promise<RunningSite> {
  const server: Server = createStaticServer({ root, base });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base.replace(/\/?$/u, '/')}`,
    // Drop idle keep-alive connections too, or close() waits for them to time out.
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
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
