import { describe, expect, it } from 'vitest';
import { readAtlas } from '../../../../src/lib/charts/map/atlas.ts';
import { mapDrawnAs, mapView } from '../../../../src/lib/charts/map/map-view.ts';
import { NARROW_MAP } from '../../../../src/lib/charts/map/map-frames.ts';
import { loadChart } from '../../../helpers/charts.ts';

const chart = loadChart('map', 'map');
const atlas = readAtlas();
const link = (path: string) => `/base${path}`;
const view = mapView(chart, { atlas, link });
const marks = (id: string) => view.pictures.flatMap((picture) => [picture.main, picture.inset]).flatMap((panel) => [...panel.countries, ...panel.points]).filter((mark) => mark.link['data-id'] === id);

describe('mapView', () => {
  it('names each mark by its place, role and source, and links it under the base', () => {
    const [wadi] = marks('wadi-hauran');
    expect(wadi!.link).toEqual({
      href: '/base/sources/shafaq-iraq-resurgence-2025/#p-5',
      class: 'chart-mark map-place map-isis-zone',
      'data-id': 'wadi-hauran',
      'data-ref': 'chart-map-src-wadi-hauran',
      'aria-label': 'Wadi Hauran: Zone of ISIS activity. Source: Shafaq News, ¶5.',
    });
    expect(marks('moscow')[0]!.link['aria-label']).toBe('Moscow: Deadly attack. Source: The New York Times, ¶1.');
    // Both pictures draw every place.
    for (const place of chart.places) expect(marks(place.id), place.id).toHaveLength(2);
  });

  it('fills each country with its role’s pattern, per picture', () => {
    const mali = view.pictures.map((picture) => picture.main.countries.find((country) => country.link['data-id'] === 'mali')!.fill);
    expect(mali).toEqual(['url(#chart-map-wide-pattern-sahel-violence)', 'url(#chart-map-narrow-pattern-sahel-violence)']);
  });

  it('makes labels links for pointers only, out of the keyboard order and the accessibility tree', () => {
    const label = view.pictures[0]!.inset.labels.find((candidate) => candidate.id === 'wadi-hauran')!;
    expect(label.link).toEqual({
      href: '/base/sources/shafaq-iraq-resurgence-2025/#p-5',
      class: 'chart-label-link map-isis-zone',
      'data-ref': 'chart-map-src-wadi-hauran',
      tabindex: '-1',
      'aria-hidden': 'true',
    });
    expect(label.text).toBe('Wadi Hauran');
  });

  it('keys the roles used, in the schema’s order: a pattern for roles of countries, a symbol for roles of places', () => {
    expect(view.legend.map((entry) => entry.className)).toEqual([
      'map-sahel-violence',
      'map-at-risk',
      'map-isis-active',
      'map-isis-zone',
      'map-attack',
      'map-plot-disrupted',
      'map-raid',
      'map-coalition-base',
    ]);
    const entry = (role: string) => view.legend.find((candidate) => candidate.className === `map-${role}`)!;
    expect(entry('sahel-violence')).toMatchObject({ text: 'Sahel: militants killing thousands and displacing millions', symbol: undefined });
    expect(entry('sahel-violence').area).toEqual({ id: 'chart-map-key-pattern-sahel-violence', className: 'map-sahel-violence', dots: false, lines: 'M-1,1l2,-2M0,6l6,-6M5,7l2,-2' });
    expect(entry('at-risk').area).toEqual({ id: 'chart-map-key-pattern-at-risk', className: 'map-at-risk', dots: true });
    expect(entry('isis-zone').area).toBeUndefined();
    expect(entry('isis-zone').symbol).toMatch(/^M/u);
    // Moscow and Kabul are places, Iran and Turkey countries: the attack role is keyed both ways.
    expect(entry('attack').area).toBeDefined();
    expect(entry('attack').symbol).toBeDefined();
  });

  it('defines in each SVG the patterns of the roles countries have, and only those', () => {
    expect(view.pictures.map((picture) => picture.name)).toEqual(['wide', 'narrow']);
    expect(view.pictures[1]!.patterns.map((pattern) => pattern.id)).toEqual([
      'chart-map-narrow-pattern-sahel-violence',
      'chart-map-narrow-pattern-at-risk',
      'chart-map-narrow-pattern-isis-active',
      'chart-map-narrow-pattern-attack',
      'chart-map-narrow-pattern-plot-disrupted',
    ]);
  });

  it('draws the locator on the main panel only, and the leader lines of labels moved off their anchor', () => {
    const [wide] = view.pictures;
    expect(wide!.main.locator).toBeDefined();
    expect(wide!.inset.locator).toBeUndefined();
    expect(wide!.main.clipId).toBe('chart-map-wide-main-clip');
    expect(wide!.main.leaders).toHaveLength(wide!.main.labels.filter((label) => label.leader).length);
    expect(wide!.main.leaders.length).toBeGreaterThan(0);
  });

  it('summarizes the map and lists each place as a source entry', () => {
    expect(view.summary).toBe(
      'Map of 23 countries and places the sources name, from West Africa to Afghanistan, with an inset for Iraq and Syria. The Data table below lists every place, its role and source.',
    );
    expect(view.labelledBy).toBe('chart-map-title chart-map-summary');
    expect(view.sources.find((entry) => entry.id === 'wadi-hauran')).toMatchObject({
      label: 'Wadi Hauran — Zone of ISIS activity',
      note: 'Named by the military expert Alaa al-Nashou, as quoted by Shafaq News.',
    });
  });

  it('says in the table how each place is drawn', () => {
    const row = (id: string) => view.rows.find((candidate) => candidate.id === id)!;
    expect(row('wadi-hauran')).toMatchObject({ label: 'Wadi Hauran', legend: 'Zone of ISIS activity', drawnAs: 'Marker at 33.3° N, 40.8° E (inset): approximate locator position' });
    expect(row('moscow').drawnAs).toBe('Marker at 55.75° N, 37.62° E: approximate locator position');
    expect(row('mali').drawnAs).toBe('Country outline');
    expect(view.rows.map((candidate) => candidate.id)).toEqual(chart.places.map((place) => place.id));
  });

  it('fails with the chart’s id and the labels when a label finds no free position', () => {
    const tiny = { main: { x: 0, y: 0, width: 60, height: 40 }, inset: { x: 0, y: 50, width: 40, height: 30 } };
    expect(() => mapView(chart, { atlas, link, frames: { wide: tiny, narrow: NARROW_MAP } })).toThrow(/^Map "map": no free position for the labels of .+\. Enlarge the map or shorten the labels\.$/u);
  });
});

describe('mapDrawnAs', () => {
  it('gives a marker’s latitude then longitude, and says when it is on the inset', () => {
    expect(mapDrawnAs({ at: [40.8, 33.3], inset: true })).toBe('Marker at 33.3° N, 40.8° E (inset): approximate locator position');
    expect(mapDrawnAs({ at: [37.62, 55.75], inset: false })).toBe('Marker at 55.75° N, 37.62° E: approximate locator position');
    expect(mapDrawnAs({ at: undefined, inset: false })).toBe('Country outline');
  });
});
