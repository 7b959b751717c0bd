import { describe, expect, it } from 'vitest';
import { readDate } from '../../../../src/lib/sources/metadata/read-date.ts';

describe('readDate', () => {
  it('reads dates at the precision they are written, in the publisher\'s own day', () => {
    expect(readDate('2024-03-31T23:30:00-04:00')).toEqual({ date: '2024-03-31', precision: 'day' });
    expect(readDate('2019/11/28')).toEqual({ date: '2019-11-28', precision: 'day' });
    expect(readDate('2025-09')).toEqual({ date: '2025-09', precision: 'month' });
    expect(readDate('2023')).toEqual({ date: '2023', precision: 'year' });
    expect(readDate('March 31, 2024')).toEqual({ date: '2024-03-31', precision: 'day' });
    expect(readDate('Published 3 November 2025, 14:02 GMT')).toEqual({ date: '2025-11-03', precision: 'day' });
    expect(readDate('Sept. 2, 2025')).toEqual({ date: '2025-09-02', precision: 'day' });
    expect(readDate('March 2023')).toEqual({ date: '2023-03', precision: 'month' });
  });

  it('gives nothing for no date or an impossible one', () => {
    expect(readDate('Amina Haddad and Peter Lindqvist')).toBeUndefined();
    expect(readDate('2024-02-30')).toBeUndefined();
  });
});
