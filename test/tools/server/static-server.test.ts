import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../../tools/server/static-server.ts';

/** A built site as `npm run build` leaves it: `dist` a link to the build's folder. */
let work: string;
let origin: string;
let close: () => Promise<void>;

function version(name: string, policy: string): void {
  mkdirSync(join(work, name, 'data'), { recursive: true });
  writeFileSync(join(work, name, 'index.html'), `<!doctype html><title>${name}</title>`);
  writeFileSync(join(work, name, '404.html'), '<!doctype html><title>Page not found</title>');
  writeFileSync(join(work, name, 'data/timeline.csv'), 'id\r\n1\r\n');
  writeFileSync(join(work, name, '_headers'), `/*\n  Content-Security-Policy: ${policy}\n`);
  writeFileSync(join(work, name, '_nginx-security-headers.conf'), 'add_header X-Test "1" always;\n');
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'static-server-'));
  version('.dist-dist-1', "default-src 'self'");
  symlinkSync('.dist-dist-1', join(work, 'dist'));
  const server = createStaticServer({ root: join(work, 'dist') });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(async () => {
  await close();
  rmSync(work, { recursive: true, force: true });
});

describe('createStaticServer', () => {
  it('does not serve the header files written for hosts: they are not part of the site', async () => {
    for (const path of ['/_headers', '/_nginx-security-headers.conf']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('Page not found');
    }
  });

  it('serves CSV as text/csv in UTF-8', async () => {
    const response = await fetch(`${origin}/data/timeline.csv`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    await response.arrayBuffer();
  });

  it('follows a rebuild: the new build’s files and the new build’s _headers, without a restart', async () => {
    expect((await fetch(origin).then((response) => response.headers.get('content-security-policy')))).toBe("default-src 'self'");
    version('.dist-dist-2', "default-src 'none'");
    symlinkSync('.dist-dist-2', join(work, 'dist-next'));
    renameSync(join(work, 'dist-next'), join(work, 'dist'));
    const response = await fetch(origin);
    expect(await response.text()).toContain('<title>.dist-dist-2</title>');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
  });
});
