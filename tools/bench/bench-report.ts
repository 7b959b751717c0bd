/** One build of one corpus size by one variant. */
export interface BuildMeasurement {
  variant: BenchVariant;
  /** Sources in the corpus; there are as many briefings. */
  n: number;
  /** HTML pages written. */
  pages: number;
  /** The whole command, start to finish. */
  wallMs: number;
  /** Peak resident memory of the largest process, when measured. */
  peakRssBytes?: number;
  /** The `astro build` step alone (full pipeline only). */
  astroMs?: number;
  /** The Pagefind step (full pipeline only, once search has landed). */
  pagefindMs?: number;
  /** Bytes under <output>/pagefind/. */
  indexBytes?: number;
}

export type BenchVariant = 'full' | 'plain-default' | 'plain-unified';

export const VARIANT_LABELS: Record<BenchVariant, string> = {
  full: 'full pipeline (npm run build)',
  'plain-default': 'plain Astro, default processor (Sätteri)',
  'plain-unified': 'plain Astro, unified() without plugins',
};

export interface LighthouseScores {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export interface TargetResult {
  target: string;
  measured: string;
  met: boolean | undefined;
}

const seconds = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const megabytes = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MB`);
const kilobytes = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(0)} KB`);

/** The measurements as a Markdown table, one row per size and variant. */
export function buildTable(measurements: readonly BuildMeasurement[]): string {
  const rows = [
    '| N | variant | pages | wall time | pages/s | peak memory | astro build | Pagefind | index size |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const m of [...measurements].sort((a, b) => a.n - b.n || VARIANT_ORDER.indexOf(a.variant) - VARIANT_ORDER.indexOf(b.variant))) {
    rows.push(
      `| ${m.n.toLocaleString('en-US')} | ${VARIANT_LABELS[m.variant]} | ${m.pages.toLocaleString('en-US')} | ${seconds(m.wallMs)} | ${(m.pages / (m.wallMs / 1000)).toFixed(1)} | ${megabytes(m.peakRssBytes)} | ${seconds(m.astroMs)} | ${seconds(m.pagefindMs)} | ${kilobytes(m.indexBytes)} |`,
    );
  }
  return rows.join('\n');
}

const VARIANT_ORDER: BenchVariant[] = ['full', 'plain-default', 'plain-unified'];

/** The three build targets, each met, missed or not measured in this run. */
export function evaluateTargets(measurements: readonly BuildMeasurement[]): TargetResult[] {
  const find = (variant: BenchVariant, n: number) => measurements.find((m) => m.variant === variant && m.n === n);
  const results: TargetResult[] = [];
  const full1000 = find('full', 1000);
  const plain1000 = find('plain-default', 1000);
  const unified1000 = find('plain-unified', 1000);
  if (full1000 && plain1000) {
    const ratio = full1000.wallMs / plain1000.wallMs;
    const vsUnified = unified1000 ? `; ${(full1000.wallMs / unified1000.wallMs).toFixed(2)}x plain Astro with unified()` : '';
    results.push({ target: 'full pipeline within 1.3x of plain Astro at N = 1,000', measured: `${ratio.toFixed(2)}x (${seconds(full1000.wallMs)} against ${seconds(plain1000.wallMs)})${vsUnified}`, met: ratio <= 1.3 });
  } else {
    results.push({ target: 'full pipeline within 1.3x of plain Astro at N = 1,000', measured: 'not measured in this run', met: undefined });
  }
  const full5000 = find('full', 5000);
  if (full1000 && full5000) {
    const ratio = full5000.wallMs / full1000.wallMs;
    results.push({ target: 'time at N = 5,000 at most 5.5x the time at N = 1,000', measured: `${ratio.toFixed(2)}x (${seconds(full5000.wallMs)} against ${seconds(full1000.wallMs)})`, met: ratio <= 5.5 });
  } else {
    results.push({ target: 'time at N = 5,000 at most 5.5x the time at N = 1,000', measured: 'not measured in this run', met: undefined });
  }
  if (full5000?.peakRssBytes !== undefined) {
    results.push({ target: 'peak memory at N = 5,000 under 2 GB', measured: megabytes(full5000.peakRssBytes), met: full5000.peakRssBytes < 2 * 2 ** 30 });
  } else {
    results.push({ target: 'peak memory at N = 5,000 under 2 GB', measured: 'not measured in this run', met: undefined });
  }
  return results;
}

export function targetsTable(results: readonly TargetResult[]): string {
  return [
    '| target | measured | result |',
    '| --- | --- | --- |',
    ...results.map((r) => `| ${r.target} | ${r.measured} | ${r.met === undefined ? '—' : r.met ? 'met' : '**missed**'} |`),
  ].join('\n');
}

export function lighthouseTable(scores: readonly LighthouseScores[]): string {
  const score = (value: number) => (value === 100 ? '100' : `**${value}**`);
  return [
    '| page | performance | accessibility | best practices | SEO |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...scores.map((s) => `| ${s.page} | ${score(s.performance)} | ${score(s.accessibility)} | ${score(s.bestPractices)} | ${score(s.seo)} |`),
  ].join('\n');
}
