// Creating an Intl formatter is costly; one serves every date of a build.
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "20 November 2025" for one of our own dates (UTC, so the day never shifts with the build machine's zone). */
export function formatDay(date: Date): string {
  return DAY_FORMAT.format(date);
}

/** "2025-11-20" for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
