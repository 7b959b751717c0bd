/**
 * npm run bench:citations [-- --sources 1000 --briefings 1000 --citations 20 --runs 3 --keep]
 *
 * Builds a synthetic corpus with the citation plugin and with it removed from the config, side
 * by side (medians over `--runs`), and reports the difference as a share of the build. Target:
 * citation work under 10%. See tools/bench/citation-bench.ts.
 */
import { parseArgs } from 'node:util';
import { runCitationBench } from '../tools/bench/citation-bench.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: '1000' },
    briefings: { type: 'string', default: '1000' },
    citations: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const counts = { sources: Number(values.sources), briefings: Number(values.briefings), citations: Number(values.citations), runs: Number(values.runs) };
for (const [name, value] of Object.entries(counts)) {
  if (!Number.isInteger(value) || value < (name === 'citations' ? 0 : 1)) {
    console.error(`bench:citations: --${name} is "${values[name as keyof typeof counts]}", not a whole number of at least ${name === 'citations' ? 0 : 1}.`);
    process.exit(1);
  }
}

await runCitationBench({ ...counts, keep: values.keep });
