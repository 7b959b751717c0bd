import type { AddressInfo } from 'node:net';
import { createStaticServer } from './static-server.ts';

export interface RunningSite {
  /** Origin plus base path, ending in "/": "http://127.0.0.1:40123/". */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Serves a built site on a free loopback port, with its _headers, until close(). */
export async function serveSite(root: string, base = '/'): Promise<RunningSite> {
  const server = createStaticServer({ root, base });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base.replace(/\/?$/u, '/')}`,
    // Drop idle keep-alive connections too, or close() waits for them to time out.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
