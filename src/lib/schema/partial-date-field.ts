import { z } from 'astro/zod';
import { isPartialDate, parsePartialDate } from '../dates/partial-date.ts';
import { explain } from './error-messages.ts';

/**
 * A publication date as written in frontmatter: `"2025"`, `"2025-09"` or `"2025-09-14"`.
 * Quoted in YAML, since an unquoted `2025-09-14` becomes a timestamp and an impossible
 * one (`2024-02-30`) silently rolls over to another day. Must be a real calendar date.
 */
export const partialDateString = z
  .string({ error: 'expected a date string such as "2025-09-14", "2025-09" or "2025", in quotes' })
  .superRefine((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (!isPartialDate(parsed)) ctx.addIssue({ code: 'custom', message: `${parsed.error}` });
  });

export const datePrecision = z.enum(['day', 'month', 'year'], {
  error: 'expected "day", "month" or "year": how much of the date is established',
});

/**
 * A full calendar date for our own publications (briefings). Accepts a quoted
 * `"2025-11-20"` only; rejects impossible dates by reading the string, before any Date exists.
 */
export const calendarDate = z.union([
  // YAML has already turned an unquoted date into a Date, rolling an impossible one over
  // (2025-02-30 → 2025-03-02) with no trace left to check: ask for quotes instead.
  z.date().superRefine((value, ctx) => {
    ctx.addIssue({
      code: 'custom',
      message: `write the date in quotes, "YYYY-MM-DD": unquoted, YAML reads it as a timestamp (here ${Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10)}) and silently turns an impossible date such as 2025-02-30 into another day`,
    });
  }),
  z.string().superRefine((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (!isPartialDate(parsed)) {
      // Our own publications are dated to the day: do not offer the source dates' YYYY or YYYY-MM forms.
      const message = /^\d{4}(?:-\d{2}){0,2}$/u.test(value.trim()) ? parsed.error : `"${value}" is not a date of the form YYYY-MM-DD (for example "2025-11-20")`;
      ctx.addIssue({ code: 'custom', message });
    } else if (parsed.precision !== 'day') ctx.addIssue({ code: 'custom', message: `"${value}" needs a day: write YYYY-MM-DD` });
  }),
], explain('expected a date written YYYY-MM-DD')).transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value));
