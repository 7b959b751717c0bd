import { describe, expect, it } from 'vitest';
import { chartFigureView } from '../../../src/lib/charts/chart-figure-view.ts';
import type { ChartSourceEntry, DatumCitation } from '../../../src/lib/charts/types.ts';

const citation = (publisher: string, path: string): DatumCitation => ({
  slug: 'x',
  anchor: 'p-1',
  label: '¶1',
  path,
  publisher,
  citeAs: publisher,
  title: 'T',
  published: '2024',
  matched: 'quoted',
});
const sources: ChartSourceEntry[] = [
  { id: 'a', label: 'A', citation: citation('The New York Times', '/sources/nyt/#p-1') },
  { id: 'b', label: 'B', citation: citation('Shafaq News', '/sources/shafaq/#p-5'), note: 'n' },
  { id: 'c', label: 'C', citation: citation('The New York Times', '/sources/nyt/#p-3') },
];
const options = {
  kind: 'network' as const,
  chart: 'actors',
  title: 'Who fights whom',
  sources,
  site: 'After the Caliphate',
  date: '30 November 2026',
  link: (path: string) => `/base${path}`,
  absoluteLink: (path: string) => `https://example.org/base${path}`,
};

describe('chartFigureView', () => {
  it('cites the chart with its kind’s noun, its address and each publisher once, in order of first use', () => {
    expect(chartFigureView(options).citation).toBe(
      'After the Caliphate, “Who fights whom” (network diagram), 30 November 2026, https://example.org/base/visuals/actors/. Data: The New York Times; Shafaq News.',
    );
    expect(chartFigureView({ ...options, kind: 'figures' }).citation).toContain('(chart)');
  });

  it('counts the data points, in the singular for one', () => {
    expect(chartFigureView(options).sourceCount).toBe('for 3 data points');
    expect(chartFigureView({ ...options, sources: sources.slice(0, 1) }).sourceCount).toBe('for 1 data point');
  });

  it('gives each source entry its element id and its link under the base', () => {
    expect(chartFigureView(options).sources[1]).toEqual({ ...sources[1], elementId: 'chart-actors-src-b', href: '/base/sources/shafaq/#p-5' });
  });

  it('links the downloads and pictures under the base', () => {
    const view = chartFigureView(options);
    expect(view.ids).toEqual({ figure: 'chart-actors', title: 'chart-actors-title', summary: 'chart-actors-summary' });
    expect(view.downloads).toEqual([
      { href: '/base/data/actors.csv', file: 'actors.csv', label: 'CSV' },
      { href: '/base/data/actors-actors.csv', file: 'actors-actors.csv', label: 'CSV (actors)' },
      { href: '/base/data/actors.json', file: 'actors.json', label: 'JSON' },
    ]);
    expect(view.images.map((image) => image.href)).toEqual(['/base/data/actors.svg', '/base/data/actors.png']);
  });
});
