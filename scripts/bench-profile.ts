/**
 * npm run bench:profile [-- --n 1000 --citations 20 --no-write]
 *
 * Profiles one build of the synthetic corpus with the full pipeline and one with plain Astro
 * (Sätteri) and says where every second above plain Astro goes: see tools/bench/profile-bench.ts.
 */
import { parseArgs } from 'node:util';
import { runProfileBench } from '../tools/bench/profile-bench.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    n: { type: 'string', default: '1000' },
    citations: { type: 'string', default: '20' },
    write: { type: 'boolean', default: true },
  },
});

await runProfileBench({ n: Number(values.n), citations: Number(values.citations), write: values.write });
