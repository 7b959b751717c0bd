import { describe, expect, it } from 'vitest';
import { buildMoment } from '../../../src/lib/dates/build-date.ts';

describe('buildMoment', () => {
  it('is the end of the named day, or the clock when BUILD_DATE is unset', () => {
    expect(buildMoment('2025-11-20').toISOString()).toBe('2025-11-20T23:59:59.000Z');
    const clock = () => new Date('2030-01-01T00:00:00Z');
    expect(buildMoment(undefined, clock)).toEqual(clock());
    expect(buildMoment('', clock)).toEqual(clock());
  });

  it('rejects what is not a real day instead of publishing nothing', () => {
    for (const bad of ['2025-13-01', '2025-02-30', 'tomorrow', '2025-11', '20 November 2025']) {
      expect(() => buildMoment(bad), bad).toThrow(`BUILD_DATE is "${bad}", which is not a day of the form YYYY-MM-DD`);
    }
  });
});
