import { describe, expect, it } from 'vitest';
import { regionKey, timelineMarkName, timelineView } from '../../../../src/lib/charts/timeline/timeline-view.ts';
import { loadChart } from '../../../helpers/charts.ts';

const chart = loadChart('timeline', 'timeline');
const view = timelineView(chart, { link: (path) => `/base${path}` });

describe('timelineView', () => {
  it('links each wide mark with its filter keys and a name in drawing order: label, then date', () => {
    const item = view.wide.items.find((candidate) => candidate.id === 'caliphate-proclaimed')!;
    expect(item.link).toEqual({
      href: '/base/sources/carnegie-nato-toolbox-2019/#p-1',
      class: 'chart-mark tl-event tl-politics',
      'data-id': 'caliphate-proclaimed',
      'data-ref': 'chart-timeline-src-caliphate-proclaimed',
      'data-category': 'politics',
      'data-regions': 'iraq syria',
      'aria-label': 'The Islamic State proclaims a caliphate, 2014 (Politics). Source: Carnegie Europe, ¶1.',
    });
  });

  it('names each narrow mark date first, as the narrow picture draws it', () => {
    const item = view.narrow.items.find((candidate) => candidate.id === 'article-5')!;
    expect(item.link['aria-label']).toBe('2001: NATO invokes Article 5 after the 11 September attacks (Military). Source: Carnegie Europe, ¶3.');
  });

  it('gives every mark its category’s symbol', () => {
    const symbolOf = new Map(view.categories.map((entry) => [entry.category, entry.symbol]));
    for (const item of [...view.wide.items, ...view.narrow.items]) {
      const event = chart.events.find((candidate) => candidate.id === item.id)!;
      expect(item.symbol, item.id).toBe(symbolOf.get(event.category));
    }
    expect(new Set(symbolOf.values()).size).toBe(4);
  });

  it('keys every category, and carries the regions for the filter as key:name pairs', () => {
    expect(view.categories.map(({ category, className, name }) => ({ category, className, name }))).toEqual([
      { category: 'attack', className: 'tl-attack', name: 'Attack or plot' },
      { category: 'diplomacy', className: 'tl-diplomacy', name: 'Diplomacy' },
      { category: 'military', className: 'tl-military', name: 'Military' },
      { category: 'politics', className: 'tl-politics', name: 'Politics' },
    ]);
    expect(view.regionChoices).toBe('afghanistan:Afghanistan|europe:Europe|iran:Iran|iraq:Iraq|russia:Russia|sahel:Sahel|syria:Syria|united-states:United States');
  });

  it('summarizes the span of years and lists each event as a source entry', () => {
    expect(view.summary).toBe('Timeline of 20 events from 2001 to 2025. The Data table below lists every event with its date and source.');
    expect(view.labelledBy).toBe('chart-timeline-title chart-timeline-summary');
    expect(view.sources.find((entry) => entry.id === 'article-5')!.label).toBe('NATO invokes Article 5 after the 11 September attacks — 2001');
  });

  it('closes the wide axis at the last tick', () => {
    expect(view.wide.lastTick).toBe(view.wide.ticks.at(-1));
  });

  it('writes the table in the wide picture’s order, with names and filter keys', () => {
    expect(view.rows.map((row) => row.id)).toEqual(view.wide.items.map((item) => item.id));
    expect(view.rows[0]).toMatchObject({
      id: 'article-5',
      category: 'military',
      categoryName: 'Military',
      regionKeys: 'united-states',
      regions: 'United States',
      iso: '2001',
      dateLabel: '2001',
      label: 'NATO invokes Article 5 after the 11 September attacks',
    });
    expect(view.rows.find((row) => row.id === 'caliphate-proclaimed')!.regions).toBe('Iraq, Syria');
  });
});

describe('regionKey', () => {
  it('lower-cases a region and joins its words with hyphens', () => {
    expect(regionKey('United States')).toBe('united-states');
    expect(regionKey('Côte d’Ivoire')).toBe('c-te-d-ivoire');
    expect(regionKey('Iraq')).toBe('iraq');
  });
});

describe('timelineMarkName', () => {
  const event = { label: 'ISIS takes Mosul', dateLabel: 'June 2014', category: 'military' as const, citation: { publisher: 'Shafaq News', label: '¶10' } };
  it('puts the label or the date first, then the category and source', () => {
    expect(timelineMarkName(event, false)).toBe('ISIS takes Mosul, June 2014 (Military). Source: Shafaq News, ¶10.');
    expect(timelineMarkName(event, true)).toBe('June 2014: ISIS takes Mosul (Military). Source: Shafaq News, ¶10.');
  });
});
