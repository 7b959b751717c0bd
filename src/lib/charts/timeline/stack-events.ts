/** An event of the vertical timeline, as the stacking sees it: its year and the height it takes. */
export interface StackedEvent {
  year: number;
  height: number;
}

/** The vertical timeline's spacing: first event's top, gap between events, room taken by a break. */
export const NARROW_SPACING = { top: 12, gap: 8, breakHeight: 22 } as const;

export interface EventStack {
  /** Top of each event, in order. */
  tops: number[];
  /** Whether each event is the first of its year (the year is written beside it). */
  firstOfYear: boolean[];
  /** Where the line is broken for skipped years: y of the gap's centre and what it skips ("12 years"). */
  breaks: { y: number; label: string }[];
  /** Height of the whole drawing. */
  height: number;
}

/**
 * The vertical timeline's rhythm: events top to bottom in the order given (date order), each
 * `gap` below the one before, and a break of `breakHeight` where whole years pass without an
 * event. The build lays out every event with it, and the browser reruns it over the events a
 * filter leaves, so they close ranks and the breaks and year headings follow.
 */
export function stackEvents(events: readonly StackedEvent[], spacing: { top: number; gap: number; breakHeight: number }): EventStack {
  const tops: number[] = [];
  const firstOfYear: boolean[] = [];
  const breaks: EventStack['breaks'] = [];
  let y = spacing.top;
  let previousYear: number | undefined;
  for (const event of events) {
    const skipped = previousYear === undefined ? 0 : event.year - previousYear - 1;
    if (skipped > 0) {
      breaks.push({ y: y + 4, label: `${skipped} year${skipped === 1 ? '' : 's'}` });
      y += spacing.breakHeight;
    }
    tops.push(y);
    firstOfYear.push(event.year !== previousYear);
    previousYear = event.year;
    y += event.height + spacing.gap;
  }
  return { tops, firstOfYear, breaks, height: Math.max(y, spacing.top) + 4 };
}
