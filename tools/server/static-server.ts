import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  // Pagefind's index files.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServerOptions {
  /** The built site (dist/). */
  root: string;
  /** The base path the site was built for, e.g. "/" or "/briefings-site/". */
  base?: string;
  /** Extra header rules; by default `<root>/_headers` is read when it exists. */
  headerRules?: HeaderRule[];
}

/** Files the build writes for hosts and servers, not for visitors: Netlify and Cloudflare do not serve them either. */
const HOST_FILES = /^\/(?:_headers|_redirects|_nginx[^/]*)$/u;

/**
 * Serves a built static site the way a static host does: directory URLs serve their
 * index.html, a missing path serves 404.html with status 404, the `_headers` file's
 * headers apply (so tests see the same Content-Security-Policy as production), and the header
 * files themselves are not served. The root may be a link that each build switches (dist): files
 * are looked up through it on every request, and `_headers` is read again when it changed.
 */
export function createStaticServer(options: StaticServerOptions): Server {
  const base = (options.base ?? '/').replace(/\/?$/u, '/');
  const headersPath = join(options.root, '_headers');
  let read: { key: string; rules: HeaderRule[] } | undefined;
  const currentRules = (): HeaderRule[] => {
    if (options.headerRules) return options.headerRules;
    if (!existsSync(headersPath)) return [];
    // The real path changes with each build behind the link; the time with an edit in place.
    const key = `${realpathSync(headersPath)}\n${statSync(headersPath).mtimeMs}`;
    if (read?.key !== key) read = { key, rules: parseHeadersFile(readFileSync(headersPath, 'utf8')) };
    return read.rules;
  };

  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const rules = currentRules();
    const send = (file: string, status: number, sitePath: string) => {
      const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
      for (const [name, value] of headersFor(rules, sitePath)) headers[name] = value;
      response.writeHead(status, headers);
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    };
    const notFound = () => {
      const page = join(options.root, '404.html');
      if (existsSync(page)) send(page, 404, '/404.html');
      else response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    };
    if (!pathname.startsWith(base)) return notFound();
    const sitePath = `/${pathname.slice(base.length)}`;
    if (HOST_FILES.test(sitePath)) return notFound();
    const file = normalize(join(options.root, sitePath));
    if (file !== normalize(options.root) && !file.startsWith(normalize(options.root) + sep)) return notFound();
    if (existsSync(file) && statSync(file).isFile()) return send(file, 200, sitePath);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!sitePath.endsWith('/')) {
        response.writeHead(301, { location: `${pathname}/${url.search}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      if (existsSync(index)) return send(index, 200, sitePath);
    }
    notFound();
  });
}
