/**
 * npm run bench [-- --sizes 200,1000,5000] [--variants full,plain-default,plain-unified,hugo]
 *               [--citations 20] [--warm-sizes 1000] [--no-lighthouse] [--no-write] [--keep]
 *                                                        (--sizes "" runs Lighthouse only)
 *
 * Builds a synthetic corpus with the full pipeline and with plain Astro, side by side, runs
 * Lighthouse on the real site and writes BENCHMARKS.md: see tools/bench/build-bench.ts.
 */
import { parseArgs } from 'node:util';
import { SELECTABLE_VARIANTS, type BenchVariant } from '../tools/bench/bench-report.ts';
import { runBuildBench } from '../tools/bench/build-bench.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    sizes: { type: 'string', default: '200,1000,5000' },
    variants: { type: 'string', default: 'full,plain-default,plain-unified,hugo' },
    citations: { type: 'string', default: '20' },
    lighthouse: { type: 'boolean', default: true },
    write: { type: 'boolean', default: true },
    keep: { type: 'boolean', default: false },
    /** Sizes at which the full pipeline is rebuilt warm after its cold build. */
    'warm-sizes': { type: 'string', default: '1000' },
  },
});
const sizes = values.sizes
  .split(',')
  .filter((size) => size.trim() !== '')
  .map((size) => Number(size.trim()));
const variants = values.variants.split(',').map((variant) => variant.trim()) as BenchVariant[];
for (const variant of variants) if (!SELECTABLE_VARIANTS.includes(variant)) throw new Error(`bench: unknown variant "${variant}"; use ${SELECTABLE_VARIANTS.join(', ')}.`);

const warmSizes = values['warm-sizes'].split(',').filter((size) => size.trim() !== '').map((size) => Number(size.trim()));
await runBuildBench({ sizes, variants, citations: Number(values.citations), lighthouse: values.lighthouse, write: values.write, keep: values.keep, warmSizes });
