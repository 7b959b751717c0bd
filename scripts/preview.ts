/**
 * npm run preview [-- --port 4321]: serves dist/ as a static host would, with the headers
 * from dist/_headers and the base path from BASE_PATH, so what you see is what deploys.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from '../src/lib/server/static-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } } });
const base = process.env.BASE_PATH ?? '/';
const server = createStaticServer({ root: resolve('dist'), base });
server.listen(Number(values.port), values.host, () => {
  console.log(`Serving dist/ at http://${values.host}:${values.port}${base.replace(/\/?$/u, '/')} (Ctrl+C to stop)`);
});
