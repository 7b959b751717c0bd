import { describe, expect, it } from 'vitest';
import { formatPartialDate, partialDateOfDay } from '../../../src/lib/dates/partial-date.ts';

describe('partialDateOfDay', () => {
  it('reads a publication day (midnight UTC) as a day-precision date, whatever the local time zone', () => {
    const date = partialDateOfDay(new Date('2025-11-20T00:00:00Z'));
    expect(date).toEqual({ year: 2025, month: 11, day: 20, precision: 'day' });
    expect(formatPartialDate(date)).toBe('20 November 2025');
  });
});
