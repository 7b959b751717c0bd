/**
 * npm run bench:search [-- --pages 5000 --queries 20 --skip-real --skip-synthetic --chunk-size N --reuse]
 *
 * Measures search (index size, bytes fetched by the first query, keystroke-to-results times in
 * Chromium) on the built site, dist/ (run `npm run build` first), and on a synthetic corpus of
 * `--pages` pages: see tools/bench/search-bench.ts.
 */
import { parseArgs } from 'node:util';
import { runSearchBench } from '../tools/bench/search-bench.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '5000' },
    queries: { type: 'string', default: '20' },
    'skip-real': { type: 'boolean', default: false },
    'skip-synthetic': { type: 'boolean', default: false },
    /** Index the synthetic corpus with this many word locations per chunk instead of the build's setting. */
    'chunk-size': { type: 'string' },
    /** Measure the synthetic site already in .bench/synthetic/ instead of building it again. */
    reuse: { type: 'boolean', default: false },
  },
});

try {
  await runSearchBench({
    pages: Number(values.pages),
    queries: Number(values.queries),
    skipReal: values['skip-real'],
    skipSynthetic: values['skip-synthetic'],
    chunkSize: values['chunk-size'] === undefined ? undefined : Number(values['chunk-size']),
    reuse: values.reuse,
  });
} catch (error) {
  console.error(`bench:search: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
