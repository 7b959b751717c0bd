/**
 * Dates known to a day, a month or only a year. A month-precise date is shown as
 * "September 2025" and never gains a made-up day.
 */
export type DatePrecision = 'day' | 'month' | 'year';

export interface PartialDate {
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  precision: DatePrecision;
}

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Parses `2025`, `2025-09` or `2025-09-14`; returns an explanation instead of a date when it is not a real calendar date. */
export function parsePartialDate(value: string): PartialDate | { error: string } {
  const match = PARTIAL_DATE_PATTERN.exec(value.trim());
  if (!match) return { error: `"${value}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD` };
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${value}" has month ${month}; months run from 01 to 12` };
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    return { error: `"${value}" is not a calendar date: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth} days` };
  }
  return { year, month, day, precision: 'day' };
}

/** `2025-09-14` → "14 September 2025"; month precision → "September 2025"; year → "2025". */
export function formatPartialDate(date: PartialDate): string {
  const monthName = date.month ? MONTH_NAMES[date.month - 1] : undefined;
  if (date.precision === 'year' || !monthName) return String(date.year);
  if (date.precision === 'month' || date.day === undefined) return `${monthName} ${date.year}`;
  return `${date.day} ${monthName} ${date.year}`;
}

/** Machine-readable form for `<time datetime>`: `2025`, `2025-09`, `2025-09-14`. */
export function isoPartialDate(date: PartialDate): string {
  const mm = String(date.month ?? 1).padStart(2, '0');
  const dd = String(date.day ?? 1).padStart(2, '0');
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${date.year}-${mm}`;
  return `${date.year}-${mm}-${dd}`;
}

/** Sort key: earliest instant the date can denote, in ms since the epoch (UTC). */
export function partialDateSortKey(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

export function isPartialDate(value: PartialDate | { error: string }): value is PartialDate {
  return !('error' in value);
}

/** A calendar day (a Date at midnight UTC, as our own publications are dated) as a day-precision date. */
export function partialDateOfDay(day: Date): PartialDate {
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), precision: 'day' };
}
