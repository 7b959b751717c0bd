import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartDataError } from '../../../src/lib/charts/chart-problem.ts';
import { loadChartFile } from '../../../src/lib/charts/load-chart-file.ts';
import { atlasCountryNames } from '../../../src/lib/charts/map/atlas.ts';
import { sourceLibraryOf } from '../../helpers/source-library.ts';
import { installSchemaErrorMessages } from '../../../src/lib/schema/error-messages.ts';

installSchemaErrorMessages();
const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/charts');
const library = sourceLibraryOf(join(ROOT, 'content/sources'));
const countryNames = atlasCountryNames();

function load(text: string, file = 'content/data/input.yaml') {
  return loadChartFile({ file, id: 'input', text, library, countryNames });
}

describe('the chart data files in content/data/', () => {
  for (const name of readdirSync(join(ROOT, 'content/data')).sort()) {
    it(`${name} loads with every datum verified`, () => {
      const result = load(readFileSync(join(ROOT, 'content/data', name), 'utf8'), `content/data/${name}`);
      expect(result.problems.map((problem) => chartDataError(name, [problem]).message)).toEqual([]);
      expect(result.chart?.kind).toBeDefined();
    });
  }
});

// One folder per bad case: input.yaml and expected.txt, whose every line must appear in the error.
describe('bad chart data fails with the file, line, datum, expectation and hint', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, () => {
      const text = readFileSync(join(FIXTURES, name, 'input.yaml'), 'utf8');
      const expected = readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
      const result = load(text);
      expect(result.chart).toBeUndefined();
      expect(result.problems.length).toBeGreaterThan(0);
      const message = chartDataError('content/data/input.yaml', result.problems).message;
      for (const line of expected) expect(message).toContain(line);
    });
  }
});

describe('verified data', () => {
  it('links each datum to the paragraph its quote was found in, with the quoted words as printed', () => {
    const result = load(readFileSync(join(ROOT, 'content/data/timeline.yaml'), 'utf8'));
    if (result.chart?.kind !== 'timeline') throw new Error('expected a timeline');
    const moscow = result.chart.events.find((event) => event.id === 'moscow-attack')!;
    expect(moscow.citation.path).toBe('/sources/nyt-costa-clarke-2024/#p-1');
    expect(moscow.citation.label).toBe('¶1');
    expect(moscow.dateLabel).toBe('22 March 2024');
    expect(moscow.citation.matched.startsWith('A terrorist attack targeting a concert hall')).toBe(true);
    const raid = result.chart.events.find((event) => event.id === 'idlib-raid')!;
    expect(raid.dateLabel).toBe('by September 2025');
    expect(raid.iso).toBe('2025-09');
  });

  it('accepts straight quotes and apostrophes for curly ones, as the citation matcher does', () => {
    const text = readFileSync(join(ROOT, 'content/data/timeline.yaml'), 'utf8').replace('ISIS’s territorial defeat', "ISIS's territorial defeat");
    expect(load(text).problems).toEqual([]);
  });

  it('reports every problem of a file at once', () => {
    const text = readFileSync(join(FIXTURES, 'duplicate-id/input.yaml'), 'utf8');
    expect(load(text).problems).toHaveLength(2);
  });
});
