/** The middle value of some measurements (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of no measurements is undefined.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 0 ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
}

/** Repeated timings summarised: median, 90th percentile (nearest rank below), maximum, and the samples as taken. */
export interface Timing {
  median: number;
  p90: number;
  max: number;
  samples: number[];
}

export function summarizeTimings(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: median(sorted), p90: sorted[Math.min(sorted.length - 1, Math.floor(0.9 * sorted.length))]!, max: sorted.at(-1)!, samples: [...samples] };
}
