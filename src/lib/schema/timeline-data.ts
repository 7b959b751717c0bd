import { z } from 'astro/zod';
import { chartTextShape, citedDatumShape } from './cited-datum.ts';
import { partialDateString } from './partial-date-field.ts';

/** What kind of event: each category has its own mark shape and colour on the timeline. */
export const TIMELINE_CATEGORIES = ['attack', 'diplomacy', 'military', 'politics'] as const;
export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

export const timelineEvent = z
  .object({
    ...citedDatumShape,
    /** When, at the precision the source gives: "2014", "2021-08" or "2024-03-22" (in quotes). */
    date: partialDateString,
    /** "by": the source dates the event only as having happened by `date` ("last week" in a report of that month). Default: the event happened at `date`. */
    dateQualifier: z.enum(['by'], { error: 'expected "by" (happened by this date), or leave the field out' }).optional(),
    /** A short headline for the event, in our words: shown beside its mark. */
    label: z.string().min(1, 'expected a short label for the event'),
    category: z.enum(TIMELINE_CATEGORIES),
    /** Where it happened or whom it concerns: names from the file's `regions` list. At least one. */
    regions: z.array(z.string().min(1)).min(1, 'expected at least one region from the file’s regions list'),
  })
  .strict();

/** `content/data/<chart>.yaml` with `kind: timeline`. */
export const timelineData = z
  .object({
    kind: z.literal('timeline'),
    ...chartTextShape,
    /** The regions events may name; the reader can filter the timeline by them. */
    regions: z.array(z.string().min(1)).min(1, 'expected the list of regions events may name'),
    events: z.array(timelineEvent).min(1, 'expected at least one event'),
  })
  .strict();

export type TimelineEventData = z.infer<typeof timelineEvent>;
