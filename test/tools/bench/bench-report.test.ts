import { describe, expect, it } from 'vitest';
import { buildTable, evaluateTargets, lighthouseTable, targetsTable, type BuildMeasurement } from '../../../tools/bench/bench-report.ts';

const m = (variant: BuildMeasurement['variant'], n: number, wallMs: number, extra: Partial<BuildMeasurement> = {}): BuildMeasurement => ({ variant, n, pages: 2 * n + 5, wallMs, ...extra });

describe('evaluateTargets', () => {
  it('checks the three build targets', () => {
    const results = evaluateTargets([
      m('full', 1000, 60_000),
      m('plain-default', 1000, 50_000),
      m('plain-unified', 1000, 55_000),
      m('full', 5000, 300_000, { peakRssBytes: 1.5 * 2 ** 30 }),
    ]);
    expect(results.map((r) => r.met)).toEqual([true, true, true]);
    expect(results[0]?.measured).toBe('1.20x (60.0 s against 50.0 s); 1.09x plain Astro with unified()');
    expect(results[1]?.measured).toBe('5.00x (300.0 s against 60.0 s)');
    expect(results[2]?.measured).toBe('1536 MB');
  });

  it('reports a missed target and one not measured', () => {
    const results = evaluateTargets([m('full', 1000, 70_000), m('plain-default', 1000, 50_000)]);
    expect(results.map((r) => r.met)).toEqual([false, undefined, undefined]);
    expect(targetsTable(results)).toContain('| full pipeline within 1.3x of plain Astro at N = 1,000 | 1.40x (70.0 s against 50.0 s) | **missed** |');
  });
});

describe('tables', () => {
  it('prints a row per build with pages per second', () => {
    const table = buildTable([m('plain-default', 200, 10_000), m('full', 200, 20_500, { peakRssBytes: 600 * 2 ** 20, astroMs: 19_000, pagefindMs: 1500, indexBytes: 2048 })]);
    expect(table.split('\n')[2]).toBe('| 200 | full pipeline (npm run build) | 405 | 20.5 s | 19.8 | 600 MB | 19.0 s | 1.5 s | 2 KB |');
    expect(table.split('\n')[3]).toContain('| 200 | plain Astro, default processor (Sätteri) | 405 | 10.0 s | 40.5 | n/a |');
  });

  it('marks Lighthouse scores under 100', () => {
    expect(lighthouseTable([{ page: '/', performance: 100, accessibility: 98, bestPractices: 100, seo: 100 }])).toContain('| / | 100 | **98** | 100 | 100 |');
  });
});
