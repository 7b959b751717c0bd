import { describe, expect, it } from 'vitest';
import { roundPathData, svgNumber } from '../../../src/lib/charts/svg-number.ts';

describe('svgNumber', () => {
  it('rounds, drops -0 and refuses NaN and Infinity', () => {
    expect(svgNumber(1.26)).toBe('1.3');
    expect(svgNumber(-0.01)).toBe('0');
    expect(svgNumber(12)).toBe('12');
    expect(() => svgNumber(Number.NaN)).toThrow(/finite/u);
    expect(() => svgNumber(Infinity)).toThrow(/finite/u);
  });
});

describe('roundPathData', () => {
  it('rounds every number of path data', () => {
    expect(roundPathData('M1.234,5.678L-0.04,3e-7Z')).toBe('M1.2,5.7L0,0Z');
  });
});
