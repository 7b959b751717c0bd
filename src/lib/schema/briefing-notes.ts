import { z } from 'astro/zod';
import { calendarDate } from './partial-date-field.ts';

/**
 * A correction of a briefing: something it said was wrong, or said more or less than its
 * source (see the corrections policy, /corrections/). Shown dated near the top of the briefing,
 * on /corrections/, in the feed and in the page's JSON-LD.
 */
export const correctionEntry = z
  .object({
    /** The day the briefing was corrected, YYYY-MM-DD. Not before `published`. */
    date: calendarDate,
    /** What the briefing said that was wrong, as a sentence ("An earlier version said …"). Shown as written: it describes our earlier text, so it cites nothing. */
    wrong: z.string().min(1, 'expected what the briefing said that was wrong'),
    /** What it says now, with the citation the correction rests on (`[@slug, ¶N]`); its citations and quotations are verified like any claim, and it must have one. */
    now: z.string().min(1, 'expected what the briefing says now, with the citation it rests on'),
  })
  .strict();

/** An update: something added to a briefing after publication that does not mean what it said before was wrong. Shown dated at its end. */
export const updateEntry = z
  .object({
    /** The day of the update, YYYY-MM-DD. Not before `published`. */
    date: calendarDate,
    /** What was added, as a sentence; citations in it are verified like any claim. */
    text: z.string().min(1, 'expected what the update added'),
  })
  .strict();

export type CorrectionEntry = z.infer<typeof correctionEntry>;
export type UpdateEntry = z.infer<typeof updateEntry>;
