/**
 * The nginx recipe (deploy/nginx.conf), run for real against dist/ when nginx is installed
 * (.ci/run installs it): the same headers as dist/_headers, the 404 page, directory redirects.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../tools/server/headers-file.ts';
import { DIST, assertDistBuilt } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/temp-project.ts';

const NGINX = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim().split('\n')[0] ?? '';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** deploy/nginx.conf inside a minimal http block, pointed at dist/ and a loopback port. */
function testConfig(work: string, port: number): string {
  const site = readFileSync(join(PROJECT, 'deploy/nginx.conf'), 'utf8')
    .replaceAll('/var/www/briefings', DIST)
    .replace(/listen 80;/u, `listen 127.0.0.1:${port};`)
    .replace(/listen \[::\]:80;/u, '');
  const temp = (name: string) => `${name}_temp_path ${join(work, name)};`;
  return `daemon off;\npid ${join(work, 'nginx.pid')};\nerror_log ${join(work, 'error.log')};\nevents {}\nhttp {\n  access_log off;\n  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}\n${site}\n}\n`;
}

describe.skipIf(!NGINX)('deploy/nginx.conf serving dist/', () => {
  let work: string;
  let nginx: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    assertDistBuilt();
    work = mkdtempSync(join(tmpdir(), 'briefings-nginx-'));
    const port = await freePort();
    const config = join(work, 'nginx.conf');
    writeFileSync(config, testConfig(work, port));
    const check = spawnSync(NGINX, ['-t', '-c', config], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx -t rejected deploy/nginx.conf:\n${check.stderr}`);
    nginx = spawn(NGINX, ['-c', config], { stdio: 'ignore' });
    origin = `http://127.0.0.1:${port}`;
    // Wait until it answers (start-up, not a timing assertion).
    for (let attempt = 0; ; attempt++) {
      try {
        await fetch(`${origin}/`);
        break;
      } catch (error) {
        if (attempt > 200) throw error;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
  });
  afterAll(() => {
    nginx?.kill('SIGTERM');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('sends the headers dist/_headers gives, for pages, hashed assets and the 404 page', async () => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    const css = /href="\/(_astro\/[^"]+\.css)"/u.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1];
    for (const [path, status, sitePath] of [
      ['/', 200, '/'],
      ['/briefings/', 200, '/briefings/'],
      ['/sources/nyt-costa-clarke-2024/', 200, '/sources/nyt-costa-clarke-2024/'],
      ['/feed.xml', 200, '/feed.xml'],
      [`/${css}`, 200, `/${css}`],
      ['/no-such-page/', 404, '/404.html'],
    ] as const) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(status);
      for (const [name, value] of headersFor(rules, sitePath)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      await response.arrayBuffer();
    }
  });

  it('serves the 404 page for unknown paths, redirects directories to their slash, hides the header files', async () => {
    const missing = await fetch(`${origin}/no-such-page/`);
    expect(await missing.text()).toContain('Page not found');
    const redirect = await fetch(`${origin}/sources`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/sources/');
    for (const file of ['/_headers', '/_nginx-security-headers.conf']) expect((await fetch(`${origin}${file}`)).status, file).toBe(404);
    expect((await fetch(`${origin}/manifest.webmanifest`)).headers.get('content-type')).toBe('application/manifest+json');
  });

  it('serves the chart data as UTF-8 CSV and the feed as Atom', async () => {
    const csv = await fetch(`${origin}/data/timeline.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const feed = await fetch(`${origin}/feed.xml`);
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml(?:; charset=utf-8)?$/u);
    // A location of its own must still carry the security headers and revalidate.
    expect(feed.headers.get('x-content-type-options')).toBe('nosniff');
    expect(feed.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect((await fetch(`${origin}/sitemap.xml`)).headers.get('content-type')).not.toMatch(/atom/u);
  });

  it('serves public/ files and /.well-known/security.txt with their types and the headers dist/_headers gives', async () => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    for (const [path, type] of [
      ['/favicon.svg', 'image/svg+xml'],
      ['/.well-known/security.txt', 'text/plain; charset=utf-8'],
    ] as const) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      for (const [name, value] of headersFor(rules, path)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(DIST, path))), path).toBe(true);
    }
  });
});
