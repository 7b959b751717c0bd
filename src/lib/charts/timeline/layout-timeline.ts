import type { RowSpan } from './pack-rows.ts';
import type { VerifiedTimelineEvent } from '../types.ts';
import type { Rect } from '../rect.ts';
import { rectsOverlap } from '../rect.ts';
import { estimateTextWidth, wrapText } from '../text-width.ts';
import { NARROW_SPACING, stackEvents } from './stack-events.ts';
import { createTimeScale, dateSpan, type TimeSegment } from './time-scale.ts';

export const TIMELINE_FONT = { label: 13, date: 11.5, tick: 12 } as const;
/** The vertical timeline's sizes: every text at least 12 units, drawn at about the size it is shown on a phone. */
export const NARROW_FONT = { label: 14, date: 12, year: 13 } as const;
const SYMBOL_HALF = 7;
const LABEL_GAP = 6;
const ROW_HEIGHT = 36;
/** Horizontal room kept between two items in one row. */
const ROW_GAP = 10;

export interface TimelineItem {
  id: string;
  /** Span of the date on the axis (x0 = x1 for a day). */
  x0: number;
  x1: number;
  /** Centre of the mark's symbol. */
  cx: number;
  cy: number;
  /** Label text position: first line is the label, then the date line. */
  textX: number;
  textY: number;
  textAnchor: 'start' | 'end';
  lines: string[];
  /** The whole item's box: the link's hit area and the filter's unit. */
  hit: Rect;
  /** Its row above the axis (0 next to it) and the stretch of that row it takes, mark and label: the browser re-packs rows from these when a filter hides events. */
  row: number;
  span: RowSpan;
}

export interface WideTimelineLayout {
  width: number;
  height: number;
  axisY: number;
  plotTop: number;
  segments: TimeSegment[];
  ticks: { x: number; x0: number; x1: number; label: string }[];
  items: TimelineItem[];
  rowHeight: number;
  /** The gap kept between two items in a row. */
  rowGap: number;
}

/**
 * The horizontal timeline: time runs left to right (empty stretches of years compressed
 * behind a break), each event in a row above the axis, its mark spanning the period its date
 * denotes and its label beside it. Rows are assigned greedily in date order so that no two
 * items overlap; an item near the right edge puts its label on the left.
 */
export function layoutTimelineWide(events: readonly VerifiedTimelineEvent[], options: { width: number }): WideTimelineLayout {
  const { width } = options;
  const margin = { left: 12, right: 12, top: 10, bottom: 44 };
  const spans = events.map((event) => dateSpan(event.when));
  const scale = createTimeScale({ spans, x0: margin.left, x1: width - margin.right });
  const order = events.map((event, index) => ({ event, index, span: spans[index]! })).sort((a, b) => a.span.start - b.span.start || a.index - b.index);

  const rows: Rect[][] = [];
  const placed: { index: number; row: number; item: Omit<TimelineItem, 'cy' | 'textY' | 'hit' | 'row' | 'span'> & { extent: Rect } }[] = [];
  for (const { event, index, span } of order) {
    const x0 = scale(span.start);
    const x1 = scale(span.end);
    const cx = (x0 + x1) / 2;
    const lines = [event.label, event.dateLabel];
    const textWidth = Math.max(estimateTextWidth(event.label, TIMELINE_FONT.label), estimateTextWidth(event.dateLabel, TIMELINE_FONT.date));
    const markLeft = Math.min(x0, cx - SYMBOL_HALF);
    const markRight = Math.max(x1, cx + SYMBOL_HALF);
    const right = { x: markLeft, width: markRight - markLeft + LABEL_GAP + textWidth, textX: markRight + LABEL_GAP, textAnchor: 'start' as const };
    const left = { x: markLeft - LABEL_GAP - textWidth, width: markRight - markLeft + LABEL_GAP + textWidth, textX: markLeft - LABEL_GAP, textAnchor: 'end' as const };
    const sides = [right, left].filter((side) => side.x >= 0 && side.x + side.width <= width);
    let chosen: { row: number; side: typeof right | typeof left } | undefined;
    for (let row = 0; !chosen; row++) {
      rows[row] ??= [];
      for (const side of sides.length > 0 ? sides : [right]) {
        const extent = { x: side.x, y: row, width: side.width, height: 0.5 };
        if (!rows[row]!.some((box) => rectsOverlap(extent, box, ROW_GAP))) {
          chosen = { row, side };
          break;
        }
      }
    }
    const extent = { x: chosen.side.x, y: chosen.row, width: chosen.side.width, height: 0.5 };
    rows[chosen.row]!.push(extent);
    placed.push({ index, row: chosen.row, item: { id: event.id, x0, x1, cx, textX: chosen.side.textX, textAnchor: chosen.side.textAnchor, lines, extent } });
  }

  const plotTop = margin.top;
  const axisY = plotTop + rows.length * ROW_HEIGHT + 8;
  // Items stay in date order: the order of the marks in the SVG is the keyboard's order.
  const items = placed.map(({ row, item }) => {
      const cy = axisY - 8 - row * ROW_HEIGHT - ROW_HEIGHT / 2 + 6;
      const { extent, ...rest } = item;
      return {
        ...rest,
        row,
        span: { x: extent.x, width: extent.width },
        cy,
        textY: cy + 1,
        hit: { x: extent.x - 3, y: cy - ROW_HEIGHT / 2 + 3, width: extent.width + 6, height: ROW_HEIGHT - 4 },
      };
    });
  const ticks = scale.years.map((year) => {
    const x0 = scale(year);
    const x1 = scale(year + 1);
    return { x: (x0 + x1) / 2, x0, x1, label: String(year) };
  });
  return { width, height: axisY + margin.bottom, axisY, plotTop, segments: scale.segments, ticks, items, rowHeight: ROW_HEIGHT, rowGap: ROW_GAP };
}

export interface NarrowTimelineItem {
  id: string;
  cx: number;
  cy: number;
  textX: number;
  /** Baseline of the date line; the label lines follow. */
  dateY: number;
  labelLines: { text: string; y: number }[];
  dateLabel: string;
  /** The event's year, written beside it when it is the first of its year (`firstOfYear`), at `yearY`. */
  year: number;
  yearY: number;
  firstOfYear: boolean;
  /** Where the event starts and the room it takes: the browser re-stacks the events a filter leaves from these. */
  top: number;
  height: number;
  hit: Rect;
}

export interface NarrowTimelineLayout {
  width: number;
  height: number;
  lineX: number;
  /** Where the vertical line is broken (empty years skipped): y of the gap's centre and what it skips. */
  breaks: { y: number; label: string }[];
  items: NarrowTimelineItem[];
}

/**
 * The vertical timeline for narrow screens: events top to bottom in date order, evenly spaced
 * (order, not duration), each with its date at its precision and its label wrapped to the
 * width; the year stands beside the first event of each year, and a break marks skipped years
 * (stackEvents, which the browser reruns when a filter hides events).
 */
export function layoutTimelineNarrow(events: readonly VerifiedTimelineEvent[], options: { width: number }): NarrowTimelineLayout {
  const { width } = options;
  const lineX = 58;
  const textX = lineX + 16;
  const order = events.map((event, index) => ({ event, index, span: dateSpan(event.when) })).sort((a, b) => a.span.start - b.span.start || a.index - b.index);
  // Each event's lines, measured from its own top.
  const shapes = order.map(({ event }) => {
    const lines = wrapText(event.label, NARROW_FONT.label, width - textX - 8);
    const lastLineY = 12 + 18 * lines.length;
    return { event, lines, height: lastLineY + 8 };
  });
  const stack = stackEvents(shapes.map(({ event, height }) => ({ year: event.when.year, height })), NARROW_SPACING);
  const items = shapes.map(({ event, lines, height }, i): NarrowTimelineItem => {
    const top = stack.tops[i]!;
    const dateY = top + 12;
    return {
      id: event.id,
      cx: lineX,
      cy: dateY + 5,
      textX,
      dateY,
      labelLines: lines.map((text, line) => ({ text, y: dateY + 18 + line * 18 })),
      dateLabel: event.dateLabel,
      year: event.when.year,
      yearY: dateY + 9,
      firstOfYear: stack.firstOfYear[i]!,
      top,
      height,
      hit: { x: lineX - 10, y: top, width: width - lineX + 6, height },
    };
  });
  return { width, height: stack.height, lineX, breaks: stack.breaks, items };
}
