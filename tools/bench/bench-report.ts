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
  /** The machine's one-minute load average when this build started. */
  loadAtStart?: number;
  /** Wall time of this variant at this N in the previous BENCHMARKS.md, for comparison. */
  previousWallMs?: number;
}

export type BenchVariant = 'full' | 'warm-briefing' | 'warm-source' | 'plain-default' | 'plain-unified' | 'hugo';

export const VARIANT_LABELS: Record<BenchVariant, string> = {
  full: 'full pipeline (npm run build)',
  'warm-briefing': 'full pipeline, warm: one briefing edited',
  'warm-source': 'full pipeline, warm: one source re-ingested',
  'plain-default': 'plain Astro, default processor (Sätteri)',
  'plain-unified': 'plain Astro, unified() without plugins',
  hugo: 'Hugo, one template (the floor)',
};

/** Variants chosen on the command line; the warm rebuilds come with `full`. */
export const SELECTABLE_VARIANTS: BenchVariant[] = ['full', 'plain-default', 'plain-unified', 'hugo'];

export interface TargetResult {
  target: string;
  measured: string;
  met: boolean | undefined;
}

const seconds = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const megabytes = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MB`);
const kilobytes = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(0)} KB`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`);

const VARIANT_ORDER: BenchVariant[] = ['full', 'warm-briefing', 'warm-source', 'plain-default', 'plain-unified', 'hugo'];

/**
 * The measurements as a Markdown table, one row per size and variant, each with its wall time and
 * peak memory as ratios to plain Astro (Sätteri) and to Hugo built in the same run, the load
 * when it started and the previous run's wall time.
 */
export function buildTable(measurements: readonly BuildMeasurement[]): string {
  const rows = [
    '| N | variant | pages | wall time | × plain Astro | × Hugo | pages/s | peak memory | × plain Astro memory | astro build | Pagefind | index size | load at start | previous wall time |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const find = (variant: BenchVariant, n: number) => measurements.find((m) => m.variant === variant && m.n === n);
  for (const m of [...measurements].sort((a, b) => a.n - b.n || VARIANT_ORDER.indexOf(a.variant) - VARIANT_ORDER.indexOf(b.variant))) {
    const plain = find('plain-default', m.n);
    const hugo = find('hugo', m.n);
    rows.push(
      `| ${m.n.toLocaleString('en-US')} | ${VARIANT_LABELS[m.variant]} | ${m.pages.toLocaleString('en-US')} | ${seconds(m.wallMs)} | ${ratio(m.wallMs, plain?.wallMs)} | ${ratio(m.wallMs, hugo?.wallMs)} | ${(m.pages / (m.wallMs / 1000)).toFixed(1)} | ${megabytes(m.peakRssBytes)} | ${ratio(m.peakRssBytes, plain?.peakRssBytes)} | ${seconds(m.astroMs)} | ${seconds(m.pagefindMs)} | ${kilobytes(m.indexBytes)} | ${m.loadAtStart === undefined ? 'n/a' : m.loadAtStart.toFixed(1)} | ${seconds(m.previousWallMs)} |`,
    );
  }
  return rows.join('\n');
}

/** Wall times by N and variant label from a BENCHMARKS.md written earlier (its builds table). */
export function previousWallTimes(markdown: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // | N | variant | pages | wall time | …
    const n = Number(cells[1]?.replace(/,/gu, ''));
    const wall = /^([\d.]+) s$/u.exec(cells[4] ?? '');
    if (!Number.isInteger(n) || n <= 0 || !wall) continue;
    times.set(`${n}\u0000${cells[2]}`, Number(wall[1]) * 1000);
  }
  return times;
}

/** Issue 16's build targets, each met, missed or not measured in this run. */
export function evaluateTargets(measurements: readonly BuildMeasurement[]): TargetResult[] {
  const find = (variant: BenchVariant, n: number) => measurements.find((m) => m.variant === variant && m.n === n);
  const results: TargetResult[] = [];
  const notMeasured = (target: string) => results.push({ target, measured: 'not measured in this run', met: undefined });
  for (const n of [1000, 5000]) {
    const label = n.toLocaleString('en-US');
    const full = find('full', n);
    const plain = find('plain-default', n);
    const hugo = find('hugo', n);
    const timeTarget = `full pipeline at most 1.5x the wall time of plain Astro (Sätteri) at N = ${label}`;
    if (full && plain) {
      const vsHugo = hugo ? `; ${ratio(full.wallMs, hugo.wallMs)} Hugo (${seconds(hugo.wallMs)})` : '';
      results.push({ target: timeTarget, measured: `${ratio(full.wallMs, plain.wallMs)} (${seconds(full.wallMs)} against ${seconds(plain.wallMs)})${vsHugo}`, met: full.wallMs / plain.wallMs <= 1.5 });
    } else notMeasured(timeTarget);
    const memoryTarget = `full pipeline at most 1.3x the peak memory of plain Astro (Sätteri) at N = ${label}`;
    if (full?.peakRssBytes !== undefined && plain?.peakRssBytes !== undefined) {
      results.push({ target: memoryTarget, measured: `${ratio(full.peakRssBytes, plain.peakRssBytes)} (${megabytes(full.peakRssBytes)} against ${megabytes(plain.peakRssBytes)})`, met: full.peakRssBytes / plain.peakRssBytes <= 1.3 });
    } else notMeasured(memoryTarget);
  }
  const scaling = 'full pipeline: time at N = 5,000 at most 5.2x the time at N = 1,000';
  const full1000 = find('full', 1000);
  const full5000 = find('full', 5000);
  if (full1000 && full5000) {
    results.push({ target: scaling, measured: `${ratio(full5000.wallMs, full1000.wallMs)} (${seconds(full5000.wallMs)} against ${seconds(full1000.wallMs)})`, met: full5000.wallMs / full1000.wallMs <= 5.2 });
  } else notMeasured(scaling);
  for (const warm of ['warm-briefing', 'warm-source'] as const) {
    const target = `${VARIANT_LABELS[warm].replace('full pipeline, warm: ', 'warm rebuild after ')} at most 50% of a cold build at N = 1,000`;
    const rebuild = find(warm, 1000);
    if (rebuild && full1000) {
      results.push({ target, measured: `${((100 * rebuild.wallMs) / full1000.wallMs).toFixed(0)}% (${seconds(rebuild.wallMs)} against ${seconds(full1000.wallMs)})`, met: rebuild.wallMs / full1000.wallMs <= 0.5 });
    } else notMeasured(target);
  }
  return results;
}

export interface LighthouseScores {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
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
