import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationBenchReport, PLUGIN_LIST, withoutCitationPlugin } from '../../../tools/bench/citation-bench.ts';
import { PROJECT_ROOT } from '../../../tools/process/project-copy.ts';

describe('withoutCitationPlugin', () => {
  it("removes the citation plugin from the project's own plugin list and leaves the other plugins", () => {
    const list = readFileSync(join(PROJECT_ROOT, PLUGIN_LIST), 'utf8');
    const stripped = withoutCitationPlugin(list);
    expect(stripped).not.toMatch(/^\s*citationsPlugin\(/mu);
    expect(stripped).toContain('glossaryLinksPlugin({');
    expect(stripped).toContain('chartUsagePlugin()');
  });

  it('fails when the list has no citation plugin to remove', () => {
    expect(() => withoutCitationPlugin('export const plugins = [];\n')).toThrow('could not find the citationsPlugin entry');
  });
});

describe('citationBenchReport', () => {
  it('compares the medians of several runs and lists every run', () => {
    const report = citationBenchReport({ withPluginMs: [60_000, 50_000, 55_000], withoutPluginMs: [52_000, 50_000, 70_000] });
    expect(report).toContain('| build with the citation plugin, median of 3 | 55.0 s (runs: 60.0 s, 50.0 s, 55.0 s) |');
    expect(report).toContain('| build without the citation plugin, median of 3 | 52.0 s (runs: 52.0 s, 50.0 s, 70.0 s) |');
    expect(report).toContain('| difference: the citation work | 3.0 s (5.5% of the build) |');
    expect(report).toContain('Target: citation work under 10% of the build — met.');
  });

  it('reports a single run as it is, and a missed target', () => {
    const report = citationBenchReport({ withPluginMs: [20_000], withoutPluginMs: [10_000] });
    expect(report).toContain('| build with the citation plugin, one run | 20.0 s |');
    expect(report).toContain('(50.0% of the build)');
    expect(report).toContain('— missed.');
  });
});
