import { z } from 'astro/zod';
import { explain } from './error-messages.ts';
import { calendarDate } from './partial-date-field.ts';
import { strictFields } from './strict-fields.ts';

/**
 * A correction of a briefing: something it said was wrong, or said more or less than its
 * source (see the corrections policy, /corrections/). Shown dated near the top of the briefing,
 * on /corrections/, in the feed and in the page's JSON-LD.
 */
export const correctionEntry = strictFields({
  /** The day the briefing was corrected, YYYY-MM-DD. Not before `published`. */
  date: calendarDate,
  /** What the briefing said that was wrong, as a sentence ("An earlier version said …"). Shown as written: it describes our earlier text, so it cites nothing. */
  wrong: z.string(explain()).min(1, explain('expected what the briefing said that was wrong')),
  /** What it says now, with the citation the correction rests on (`[@slug, ¶N]`); its citations and quotations are verified like any claim, and it must have one. */
  now: z.string(explain()).min(1, explain('expected what the briefing says now, with the citation it rests on')),
});

/** An update: something added to a briefing after publication that does not mean what it said before was wrong. Shown dated at its end. */
export const updateEntry = strictFields({
  /** The day of the update, YYYY-MM-DD. Not before `published`. */
  date: calendarDate,
  /** What was added, as a sentence; citations in it are verified like any claim. */
  text: z.string(explain()).min(1, explain('expected what the update added')),
});

export type CorrectionEntry = z.infer<typeof correctionEntry>;
export type UpdateEntry = z.infer<typeof updateEntry>;
