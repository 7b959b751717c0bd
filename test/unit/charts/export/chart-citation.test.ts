import { describe, expect, it } from 'vitest';
import { chartCitation } from '../../../../src/lib/charts/export/chart-citation.ts';

describe('chartCitation', () => {
  it('names the site, the chart, its kind, the date, the address and the sources of its data', () => {
    expect(
      chartCitation({ site: 'After the Caliphate', title: 'Where the sources place the threat', kind: 'map', date: '30 November 2025', url: 'https://example.org/visuals/map/', publishers: ['Shafaq News', 'The New York Times'] }),
    ).toBe('After the Caliphate, “Where the sources place the threat” (map), 30 November 2025, https://example.org/visuals/map/. Data: Shafaq News; The New York Times.');
  });
});
