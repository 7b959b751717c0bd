import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadChartFile } from '../../src/lib/charts/load-chart-file.ts';
import { atlasCountryNames } from '../../src/lib/charts/map/atlas.ts';
import type { ChartOfKind } from '../../src/lib/charts/types.ts';
import { sourceLibraryOf } from './source-library.ts';
import type { ChartKind } from '../../src/lib/schema/chart-data.ts';
import { roundPathData } from '../../src/lib/charts/svg-number.ts';

const ROOT = join(import.meta.dirname, '../..');

/** A chart of content/data/, verified as the build does it. */
export function loadChart<K extends ChartKind>(id: string, kind: K): ChartOfKind<K> {
  const result = loadChartFile({
    file: `content/data/${id}.yaml`,
    id,
    text: readFileSync(join(ROOT, 'content/data', `${id}.yaml`), 'utf8'),
    library: sourceLibraryOf(join(ROOT, 'content/sources')),
    countryNames: atlasCountryNames(),
  });
  if (!result.chart || result.chart.kind !== kind) throw new Error(`content/data/${id}.yaml did not load as a ${kind}`);
  return result.chart as ChartOfKind<K>;
}

/** Path data with every number rounded (d3-shape's assertPathEqual habit): compare shapes, not the 12th decimal. */
export function normalizePath(path: string, digits = 1): string {
  return roundPathData(path, digits).replace(/\s+/gu, ' ').trim();
}

/** Every number in a string of SVG geometry (or any text), to check for NaN and Infinity. */
export function hasBadNumber(text: string): boolean {
  return /NaN|Infinity|undefined/u.test(text);
}
