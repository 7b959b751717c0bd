import type { PartialDate } from '../../dates/partial-date.ts';

/** A date as a span of fractional years: a year-precise date covers its whole year, a day is a point. */
export function dateSpan(date: PartialDate): { start: number; end: number } {
  if (date.precision === 'year' || date.month === undefined) return { start: date.year, end: date.year + 1 };
  const monthStart = date.year + (date.month - 1) / 12;
  if (date.precision === 'month' || date.day === undefined) return { start: monthStart, end: monthStart + 1 / 12 };
  const days = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  const point = monthStart + (date.day - 0.5) / days / 12;
  return { start: point, end: point };
}

export interface TimeSegment {
  /** Fractional years covered. */
  from: number;
  to: number;
  x0: number;
  x1: number;
  /** A stretch of empty years drawn compressed, with a break symbol. */
  isBreak: boolean;
}

export interface TimeScale {
  (year: number): number;
  segments: TimeSegment[];
  /** Whole years drawn at full scale, for ticks and gridlines. */
  years: number[];
}

/**
 * A linear scale from fractional years to x, except that runs of at least `minGapYears` whole
 * years with no event are compressed into `breakWidth` and marked as a break, so a timeline
 * from 2001 to 2025 with nothing between 2002 and 2013 does not spend half its width on nothing.
 */
export function createTimeScale(options: {
  spans: readonly { start: number; end: number }[];
  x0: number;
  x1: number;
  minGapYears?: number;
  breakWidth?: number;
}): TimeScale {
  const minGap = options.minGapYears ?? 4;
  const breakWidth = options.breakWidth ?? 28;
  const first = Math.floor(Math.min(...options.spans.map((span) => span.start)));
  const last = Math.ceil(Math.max(...options.spans.map((span) => span.end)));
  const end = last === first ? first + 1 : last;
  const occupied = (year: number) => options.spans.some((span) => span.start < year + 1 && span.end > year || (span.start === span.end && Math.floor(span.start) === year));
  const runs: { from: number; to: number; isBreak: boolean }[] = [];
  let year = first;
  while (year < end) {
    if (occupied(year)) {
      const from = year;
      while (year < end && occupied(year)) year++;
      runs.push({ from, to: year, isBreak: false });
    } else {
      const from = year;
      while (year < end && !occupied(year)) year++;
      runs.push({ from, to: year, isBreak: year - from >= minGap });
    }
  }
  // Merge neighbouring full-scale runs (short gaps stay at full scale).
  const merged: typeof runs = [];
  for (const run of runs) {
    const previous = merged[merged.length - 1];
    if (previous && !previous.isBreak && !run.isBreak) previous.to = run.to;
    else merged.push({ ...run });
  }
  const breaks = merged.filter((run) => run.isBreak).length;
  const fullYears = merged.filter((run) => !run.isBreak).reduce((sum, run) => sum + run.to - run.from, 0);
  const perYear = (options.x1 - options.x0 - breaks * breakWidth) / fullYears;
  const segments: TimeSegment[] = [];
  let x = options.x0;
  for (const run of merged) {
    const width = run.isBreak ? breakWidth : (run.to - run.from) * perYear;
    segments.push({ from: run.from, to: run.to, x0: x, x1: x + width, isBreak: run.isBreak });
    x += width;
  }
  const scale = ((value: number) => {
    const segment = segments.find((candidate) => value >= candidate.from && value <= candidate.to) ?? (value < first ? segments[0]! : segments[segments.length - 1]!);
    const t = (value - segment.from) / (segment.to - segment.from);
    return segment.x0 + Math.min(1, Math.max(0, t)) * (segment.x1 - segment.x0);
  }) as TimeScale;
  scale.segments = segments;
  scale.years = segments.filter((segment) => !segment.isBreak).flatMap((segment) => Array.from({ length: segment.to - segment.from }, (_, i) => segment.from + i));
  return scale;
}
