import { describe, expect, it } from 'vitest';
import { formatUnicodeRange, parseUnicodeRange } from '../../../src/lib/fonts/unicode-range.ts';

describe('parseUnicodeRange', () => {
  it('reads single code points and ranges, as CSS writes them', () => {
    expect(parseUnicodeRange('U+0041-0043,U+00B6, u+2014')).toEqual([0x41, 0x42, 0x43, 0xb6, 0x2014]);
  });
});

describe('formatUnicodeRange', () => {
  it('writes code points as CSS ranges, runs joined', () => {
    expect(formatUnicodeRange([0x43, 0x41, 0x42, 0xb6, 0x2014, 0x2013])).toBe('U+41-43,U+B6,U+2013-2014');
    expect(formatUnicodeRange([])).toBe('');
  });

  it('reads back what it writes', () => {
    const points = [0x20, 0x21, 0x7e, 0xe9, 0x1ee00, 0x1ee01];
    expect(parseUnicodeRange(formatUnicodeRange(points))).toEqual(points);
  });
});
