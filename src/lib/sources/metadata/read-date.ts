import { isoPartialDate, isPartialDate, parsePartialDate, type DatePrecision } from '../../dates/partial-date.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function checked(year: number, month?: number, day?: number): { date: string; precision: DatePrecision } | undefined {
  const text = [String(year).padStart(4, '0'), month && String(month).padStart(2, '0'), day && String(day).padStart(2, '0')].filter(Boolean).join('-');
  const parsed = parsePartialDate(text);
  return isPartialDate(parsed) ? { date: isoPartialDate(parsed), precision: parsed.precision } : undefined;
}

/**
 * A publication date as metadata or a date line writes it, at the precision it gives:
 * ISO dates and date-times (`2024-03-31T08:00:00-04:00` → 2024-03-31, the day as the
 * publisher wrote it, not converted to another time zone), `citation_*`'s `2019/11/28`,
 * "March 31, 2024", "31 March 2024", "March 2023", "2023". Undefined when the text holds
 * no date or an impossible one.
 */
export function readDate(value: string): { date: string; precision: DatePrecision } | undefined {
  const text = value.trim();
  let match = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:[T\s]|$)/u.exec(text);
  if (match) return checked(Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : undefined);
  match = /^(\d{4})$/u.exec(text);
  if (match) return checked(Number(match[1]));
  match = new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`, 'iu').exec(text);
  if (match) return checked(Number(match[3]), monthNumber(match[1] ?? ''), Number(match[2]));
  match = new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'iu').exec(text);
  if (match) return checked(Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1]));
  match = new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'iu').exec(text);
  if (match) return checked(Number(match[2]), monthNumber(match[1] ?? ''));
  return undefined;
}
