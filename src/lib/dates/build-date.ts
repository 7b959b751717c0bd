import { isPartialDate, parsePartialDate } from './partial-date.ts';

/**
 * The moment a build counts as "now" for deciding which briefings are published: the end of
 * the day BUILD_DATE names (YYYY-MM-DD, UTC), or the clock when it is unset. A BUILD_DATE that
 * is not a real day is an error: read as "no date", it would silently publish a site with no
 * briefings (every briefing would be "in the future").
 */
export function buildMoment(buildDate: string | undefined, clock: () => Date = () => new Date()): Date {
  if (buildDate === undefined || buildDate === '') return clock();
  const day = parsePartialDate(buildDate);
  if (!isPartialDate(day) || day.precision !== 'day') {
    throw new Error(
      `BUILD_DATE is "${buildDate}", which is not a day of the form YYYY-MM-DD (for example 2025-11-20).\n` +
        'Hint: BUILD_DATE pins the date a build publishes as of; unset it to use today.',
    );
  }
  return new Date(`${buildDate.trim()}T23:59:59Z`);
}
