/**
 * npm run bench:ingest [-- --page-mb 2 --pdf-pages 100 --runs 3 --no-write]
 *
 * Times `npm run ingest` on a synthetic saved web page (2 MB) and a two-column report PDF
 * (100 pages, printed by Chromium) and writes the figures into BENCHMARKS.md's ingest section.
 * Target: each under 10 s. See tools/bench/ingest-bench.ts.
 */
import { parseArgs } from 'node:util';
import { runIngestBench } from '../tools/bench/ingest-bench.ts';

const { values } = parseArgs({
  options: {
    'page-mb': { type: 'string', default: '2' },
    'pdf-pages': { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    'no-write': { type: 'boolean', default: false },
  },
});
const pageMb = Number(values['page-mb']);
const pdfPages = Number(values['pdf-pages']);
const runs = Number(values.runs);
if (!(pageMb > 0) || !Number.isInteger(pdfPages) || pdfPages < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('bench:ingest: --page-mb must be a positive number, --pdf-pages and --runs whole numbers of at least 1.');
  process.exit(1);
}
await runIngestBench({ pageBytes: Math.round(pageMb * 1024 * 1024), pdfPages, runs, write: !values['no-write'] });
