import { describe, expect, it } from 'vitest';
import { median, summarizeTimings } from '../../../tools/bench/statistics.ts';

describe('median', () => {
  it('is the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([3])).toBe(3);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow('The median of no measurements is undefined.');
  });
});

describe('summarizeTimings', () => {
  it('gives the median, the 90th percentile by nearest rank below, the maximum and the samples as taken', () => {
    const samples = [50, 10, 40, 20, 30, 60, 70, 80, 90, 100];
    expect(summarizeTimings(samples)).toEqual({ median: 55, p90: 100, max: 100, samples });
    expect(summarizeTimings([5, 1]).p90).toBe(5);
  });
});
