/**
 * npm run preview [-- --port 4321] (or PORT=4321): serves dist/ as a static host would, with
 * the headers from dist/_headers and the base path from BASE_PATH, so what you see is what
 * deploys. Without a port of your choosing it takes the next free one after 4321, as
 * `npm run dev` does; a port you chose that is taken is an error.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from '../tools/server/static-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } } });
const chosen = values.port ?? process.env.PORT;
const firstPort = Number(chosen ?? 4321);
if (!Number.isInteger(firstPort) || firstPort < 0 || firstPort > 65535) {
  console.error(`preview: "${chosen}" is not a port number; pass one with --port (for example --port 4400).`);
  process.exit(1);
}
const root = resolve('dist');
if (!existsSync(resolve(root, 'index.html'))) {
  console.error('preview: there is no built site in dist/ to serve. Run `npm run build` first.');
  process.exit(1);
}
const base = process.env.BASE_PATH ?? '/';
const server = createStaticServer({ root, base });

function listen(port: number): void {
  const listening = () => {
    server.off('error', failed);
    console.log(`Serving dist/ at http://${values.host}:${port}${base.replace(/\/?$/u, '/')} (Ctrl+C to stop)`);
  };
  const failed = (error: NodeJS.ErrnoException) => {
    server.off('listening', listening);
    if (error.code === 'EADDRINUSE' && chosen === undefined && port < firstPort + 20) {
      console.log(`preview: port ${port} is in use, trying ${port + 1}.`);
      listen(port + 1);
      return;
    }
    console.error(
      error.code === 'EADDRINUSE'
        ? `preview: port ${port} is already in use. Stop what is using it, or pass another port: npm run preview -- --port ${port + 1}`
        : `preview: cannot listen on ${values.host}:${port}: ${error.message}`,
    );
    process.exit(1);
  };
  server.once('error', failed);
  server.once('listening', listening);
  server.listen(port, values.host);
}
listen(firstPort);
