import { describe, expect, it } from 'vitest';
import { buildTable, evaluateTargets, lighthouseTable, previousWallTimes, targetsTable, type BuildMeasurement } from '../../../tools/bench/bench-report.ts';

const m = (variant: BuildMeasurement['variant'], n: number, wallMs: number, extra: Partial<BuildMeasurement> = {}): BuildMeasurement => ({ variant, n, pages: 2 * n + 5, wallMs, ...extra });

describe('evaluateTargets', () => {
  it('checks every build target of issue 16', () => {
    const mb = 2 ** 20;
    const results = evaluateTargets([
      m('full', 1000, 60_000, { peakRssBytes: 1200 * mb }),
      m('warm-briefing', 1000, 24_000),
      m('warm-source', 1000, 36_000),
      m('plain-default', 1000, 50_000, { peakRssBytes: 1000 * mb }),
      m('hugo', 1000, 2_000),
      m('full', 5000, 300_000, { peakRssBytes: 4000 * mb }),
      m('plain-default', 5000, 250_000, { peakRssBytes: 3000 * mb }),
    ]);
    expect(results.map((r) => r.met)).toEqual([true, true, true, false, true, true, false]);
    expect(results[0]?.measured).toBe('1.20x (60.0 s against 50.0 s); 30.00x Hugo (2.0 s)');
    expect(results[3]?.measured).toBe('1.33x (4000 MB against 3000 MB)');
    expect(results[4]?.measured).toBe('5.00x (300.0 s against 60.0 s)');
    expect(results[5]?.measured).toBe('40% (24.0 s against 60.0 s)');
    expect(results[6]?.measured).toBe('60% (36.0 s against 60.0 s)');
  });

  it('reports a missed target and those not measured', () => {
    const results = evaluateTargets([m('full', 1000, 80_000), m('plain-default', 1000, 50_000)]);
    expect(results.map((r) => r.met)).toEqual([false, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(targetsTable(results)).toContain('| full pipeline at most 1.5x the wall time of plain Astro (Sätteri) at N = 1,000 | 1.60x (80.0 s against 50.0 s) | **missed** |');
  });
});

describe('tables', () => {
  it('prints a row per build with its ratios to plain Astro and Hugo, its load and the previous time', () => {
    const table = buildTable([
      m('plain-default', 200, 10_000, { loadAtStart: 1.25 }),
      m('hugo', 200, 500),
      m('full', 200, 20_500, { peakRssBytes: 600 * 2 ** 20, astroMs: 19_000, pagefindMs: 1500, indexBytes: 2048, loadAtStart: 3, previousWallMs: 17_100 }),
    ]);
    expect(table.split('\n')[2]).toBe('| 200 | full pipeline (npm run build) | 405 | 20.5 s | 2.05x | 41.00x | 19.8 | 600 MB | n/a | 19.0 s | 1.5 s | 2 KB | 3.0 | 17.1 s |');
    expect(table.split('\n')[3]).toBe('| 200 | plain Astro, default processor (Sätteri) | 405 | 10.0 s | 1.00x | 20.00x | 40.5 | n/a | n/a | n/a | n/a | n/a | 1.3 | n/a |');
  });

  it('reads the previous wall times back from a table it wrote, and from the older one without ratios', () => {
    const table = buildTable([m('full', 1000, 26_200), m('hugo', 1000, 1_300)]);
    const times = previousWallTimes(`${table}\n| 5,000 | plain Astro, default processor (Sätteri) | 10,003 | 77.2 s | 129.6 | 3090 MB | n/a | n/a | n/a |\n`);
    expect(times.get('1000\u0000full pipeline (npm run build)')).toBe(26_200);
    expect(times.get('1000\u0000Hugo, one template (the floor)')).toBe(1_300);
    expect(times.get('5000\u0000plain Astro, default processor (Sätteri)')).toBe(77_200);
    expect(times.size).toBe(3);
  });

  it('marks Lighthouse scores under 100', () => {
    expect(lighthouseTable([{ page: '/', performance: 100, accessibility: 98, bestPractices: 100, seo: 100 }])).toContain('| / | 100 | **98** | 100 | 100 |');
  });
});
