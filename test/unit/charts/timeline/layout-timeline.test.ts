import { describe, expect, it } from 'vitest';
import { layoutTimelineNarrow, layoutTimelineWide } from '../../../../src/lib/charts/timeline/layout-timeline.ts';
import { rectsOverlap } from '../../../../src/lib/charts/rect.ts';
import { hasBadNumber, loadChart } from '../../../helpers/charts.ts';

const chart = loadChart('timeline', 'timeline');
const wide = layoutTimelineWide(chart.events, { width: 960 });
const narrow = layoutTimelineNarrow(chart.events, { width: 340 });

describe('layoutTimelineWide', () => {
  it('has one item per event, in date order', () => {
    expect(wide.items.map((item) => item.id).sort()).toEqual(chart.events.map((event) => event.id).sort());
    const xs = wide.items.map((item) => item.x0);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('keeps every item inside the chart and no two items overlapping', () => {
    for (const [i, a] of wide.items.entries()) {
      expect(a.hit.x).toBeGreaterThanOrEqual(0);
      expect(a.hit.x + a.hit.width).toBeLessThanOrEqual(wide.width + 3);
      for (const b of wide.items.slice(i + 1)) expect(rectsOverlap(a.hit, b.hit), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  });

  it('draws a date at its precision: a year spans a year, a month a month, a day is a point', () => {
    const item = (id: string) => wide.items.find((candidate) => candidate.id === id)!;
    const year = wide.ticks.find((tick) => tick.label === '2017')!;
    expect(item('territorial-defeat').x0).toBeCloseTo(year.x0, 6);
    expect(item('territorial-defeat').x1).toBeCloseTo(year.x1, 6);
    expect(item('kabul-attack').x1 - item('kabul-attack').x0).toBeCloseTo((year.x1 - year.x0) / 12, 6);
    expect(item('moscow-attack').x1).toBe(item('moscow-attack').x0);
  });

  it('breaks the axis over the empty years 2002–2013', () => {
    expect(wide.segments.filter((segment) => segment.isBreak).map((segment) => [segment.from, segment.to])).toEqual([[2002, 2014]]);
  });

  it('has no NaN and is deterministic', () => {
    expect(hasBadNumber(JSON.stringify(wide))).toBe(false);
    expect(layoutTimelineWide(chart.events, { width: 960 })).toEqual(wide);
  });
});

describe('layoutTimelineNarrow', () => {
  it('stacks the events top to bottom in date order without overlaps, within the width', () => {
    const ys = narrow.items.map((item) => item.cy);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    for (const [i, a] of narrow.items.entries()) {
      expect(a.hit.x + a.hit.width).toBeLessThanOrEqual(narrow.width);
      for (const b of narrow.items.slice(i + 1)) expect(rectsOverlap(a.hit, b.hit)).toBe(false);
    }
  });

  it('names each year once and marks skipped years', () => {
    expect(narrow.items.filter((item) => item.firstOfYear).map((item) => String(item.year))).toEqual(['2001', '2014', '2015', '2017', '2020', '2021', '2022', '2024', '2025']);
    expect(narrow.breaks.map((gap) => gap.label)).toEqual(['12 years', '1 year', '2 years', '1 year']);
  });
});
