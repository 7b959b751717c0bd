import { chartDomId } from '../dom-ids.ts';
import { symbolPath } from '../symbols.ts';
import type { ChartSourceEntry, DatumCitation, SiteLink, VerifiedTimeline, VerifiedTimelineEvent } from '../types.ts';
import { TIMELINE_CATEGORIES, type TimelineCategory } from '../../schema/timeline-data.ts';
import { CATEGORY_STYLE } from './categories.ts';
import { layoutTimelineNarrow, layoutTimelineWide, type NarrowTimelineItem, type NarrowTimelineLayout, type TimelineItem, type WideTimelineLayout } from './layout-timeline.ts';

/** An event mark's link: its source paragraph, what the filters read, and its accessible name. */
export interface TimelineMarkLink {
  href: string;
  class: string;
  'data-id': string;
  'data-ref': string;
  'data-category': TimelineCategory;
  /** The event's region keys, space-separated. */
  'data-regions': string;
  'aria-label': string;
}

export interface TimelineView {
  /** The SVGs' aria-labelledby: the chart's title and summary. */
  labelledBy: string;
  summary: string;
  sources: ChartSourceEntry[];
  /** Every category, in the schema's order: the key, which the browser turns into the category filter. */
  categories: { category: TimelineCategory; className: string; name: string; symbol: string }[];
  /** The region filter's choices as the key carries them: "key:Region" pairs joined by "|". */
  regionChoices: string;
  wide: Omit<WideTimelineLayout, 'items'> & {
    items: (TimelineItem & { link: TimelineMarkLink; symbol: string })[];
    /** The right edge of the last year: its grid line closes the plot. */
    lastTick: WideTimelineLayout['ticks'][number] | undefined;
  };
  narrow: Omit<NarrowTimelineLayout, 'items'> & { items: (NarrowTimelineItem & { link: TimelineMarkLink; symbol: string })[] };
  /** The data table, in the wide picture's order. */
  rows: {
    id: string;
    category: TimelineCategory;
    categoryName: string;
    /** The event's region keys, space-separated, as the filters read them. */
    regionKeys: string;
    /** The regions as the data names them: "Iraq, Syria". */
    regions: string;
    iso: string;
    dateLabel: string;
    label: string;
    citation: VerifiedTimelineEvent['citation'];
  }[];
}

/** The pictures' widths in SVG units: the wide one at its largest size on the page, the narrow one at about a phone's. */
const WIDE_WIDTH = 960;
const NARROW_WIDTH = 340;

/** A region's name as a filter key: "West Africa" → "west-africa". */
export function regionKey(region: string): string {
  return region.toLowerCase().replace(/[^a-z0-9]+/gu, '-');
}

/**
 * An event mark's accessible name: the visible words in the order they are drawn (WCAG 2.5.3),
 * label then date in the wide picture, date then label (`dateFirst`) in the narrow one; then the
 * category and the source.
 */
export function timelineMarkName(event: Pick<VerifiedTimelineEvent, 'label' | 'dateLabel' | 'category'> & { citation: Pick<DatumCitation, 'publisher' | 'label'> }, dateFirst: boolean): string {
  const what = dateFirst ? `${event.dateLabel}: ${event.label}` : `${event.label}, ${event.dateLabel}`;
  return `${what} (${CATEGORY_STYLE[event.category].name}). Source: ${event.citation.publisher}, ${event.citation.label}.`;
}

/**
 * What the timeline component renders: the wide and the narrow picture laid out, each mark with
 * its link, filter keys and accessible name, the key, the Sources entries and the table's rows.
 */
export function timelineView(chart: VerifiedTimeline, options: { link: SiteLink }): TimelineView {
  const ids = chartDomId(chart.id);
  const wide = layoutTimelineWide(chart.events, { width: WIDE_WIDTH });
  const narrow = layoutTimelineNarrow(chart.events, { width: NARROW_WIDTH });
  const byId = new Map(chart.events.map((event) => [event.id, event]));
  const eventOf = (id: string) => byId.get(id)!;
  const symbols = Object.fromEntries(TIMELINE_CATEGORIES.map((category) => [category, symbolPath(CATEGORY_STYLE[category].symbol, 110)])) as Record<TimelineCategory, string>;
  const regionKeys = (event: VerifiedTimelineEvent) => event.regions.map(regionKey).join(' ');
  const markLink = (id: string, dateFirst: boolean): TimelineMarkLink => {
    const event = eventOf(id);
    return {
      href: options.link(event.citation.path),
      class: `chart-mark tl-event tl-${event.category}`,
      'data-id': event.id,
      'data-ref': ids.source(event.id),
      'data-category': event.category,
      'data-regions': regionKeys(event),
      'aria-label': timelineMarkName(event, dateFirst),
    };
  };
  const years = chart.events.map((event) => event.when.year);
  return {
    labelledBy: `${ids.title} ${ids.summary}`,
    summary: `Timeline of ${chart.events.length} events from ${Math.min(...years)} to ${Math.max(...years)}. The Data table below lists every event with its date and source.`,
    sources: chart.events.map((event) => ({ id: event.id, label: `${event.label} — ${event.dateLabel}`, citation: event.citation, note: event.note })),
    categories: TIMELINE_CATEGORIES.map((category) => ({ category, className: `tl-${category}`, name: CATEGORY_STYLE[category].name, symbol: symbols[category] })),
    regionChoices: chart.regions.map((region) => `${regionKey(region)}:${region}`).join('|'),
    wide: {
      ...wide,
      items: wide.items.map((item) => ({ ...item, link: markLink(item.id, false), symbol: symbols[eventOf(item.id).category] })),
      lastTick: wide.ticks[wide.ticks.length - 1],
    },
    narrow: { ...narrow, items: narrow.items.map((item) => ({ ...item, link: markLink(item.id, true), symbol: symbols[eventOf(item.id).category] })) },
    rows: wide.items.map((item) => {
      const event = eventOf(item.id);
      return {
        id: event.id,
        category: event.category,
        categoryName: CATEGORY_STYLE[event.category].name,
        regionKeys: regionKeys(event),
        regions: event.regions.join(', '),
        iso: event.iso,
        dateLabel: event.dateLabel,
        label: event.label,
        citation: event.citation,
      };
    }),
  };
}
