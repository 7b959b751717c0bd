import { describe, expect, it } from 'vitest';
import { createTimeScale, dateSpan } from '../../../../src/lib/charts/timeline/time-scale.ts';

describe('dateSpan', () => {
  it('covers a year, a month, or a point for a day', () => {
    expect(dateSpan({ year: 2014, precision: 'year' })).toEqual({ start: 2014, end: 2015 });
    expect(dateSpan({ year: 2014, month: 9, precision: 'month' })).toEqual({ start: 2014 + 8 / 12, end: 2014 + 9 / 12 });
    const day = dateSpan({ year: 2024, month: 3, day: 22, precision: 'day' });
    expect(day.start).toBe(day.end);
    expect(day.start).toBeCloseTo(2024 + 2 / 12 + 21.5 / 31 / 12, 10);
  });
});

describe('createTimeScale', () => {
  const spans = [{ start: 2001, end: 2002 }, { start: 2014, end: 2015 }, { start: 2017, end: 2018 }, { start: 2020.5, end: 2020.5 }, { start: 2024, end: 2025 }];
  const scale = createTimeScale({ spans, x0: 0, x1: 1000, breakWidth: 20 });

  it('compresses a run of at least four empty years behind a break, and keeps shorter gaps', () => {
    expect(scale.segments.map((segment) => [segment.from, segment.to, segment.isBreak])).toEqual([
      [2001, 2002, false],
      [2002, 2014, true],
      [2014, 2025, false],
    ]);
    expect(scale.years).toEqual([2001, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('maps years linearly on either side of the break, with equal width per year', () => {
    expect(scale(2001)).toBe(0);
    expect(scale(2025)).toBe(1000);
    const perYear = (1000 - 20) / 12;
    expect(scale(2002)).toBeCloseTo(perYear, 6);
    expect(scale(2014)).toBeCloseTo(perYear + 20, 6);
    expect(scale(2024.5) - scale(2023.5)).toBeCloseTo(perYear, 6);
  });
});
