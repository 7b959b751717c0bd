import { describe, expect, it } from 'vitest';
import { compactPathData, roundPathData, svgNumber } from '../../../src/lib/charts/svg-number.ts';

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

describe('compactPathData', () => {
  it('writes lines as relative moves between rounded points: shorter, and no error piles up', () => {
    expect(compactPathData('M10.4,20.6L15.2,20.6L15.2,25Z')).toBe('M10,21l5,0 0,4z');
    expect(compactPathData('M10.26,20.64L15.2,20.6', 1)).toBe('M10.3,20.6l4.9,0');
  });

  it('measures a move after a closed ring from the ring’s start, and drops steps that round to nothing', () => {
    expect(compactPathData('M10,10L20,10L20,20ZM30,30L30.2,30.1L31,31Z')).toBe('M10,10l10,0 0,10zm20,20l1,1z');
  });

  it('draws the same points as the absolute path it came from, to the rounding', () => {
    const path = 'M1.4,2.6L100.2,3.3L50.5,60.5ZM7,8L9.9,12.2';
    const points: [number, number][] = [];
    let x = 0;
    let y = 0;
    let start: [number, number] = [0, 0];
    for (const [, command, args] of compactPathData(path).matchAll(/([MmLlZz])([^MmLlZz]*)/gu)) {
      const numbers = (args!.match(/-?\d+(?:\.\d+)?/gu) ?? []).map(Number);
      if (command === 'z') {
        [x, y] = start;
        continue;
      }
      for (let i = 0; i < numbers.length; i += 2) {
        if (command === 'M') [x, y] = [numbers[i]!, numbers[i + 1]!];
        else [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
        if (i === 0 && (command === 'M' || command === 'm')) start = [x, y];
        points.push([x, y]);
      }
    }
    expect(points).toEqual([[1, 3], [100, 3], [51, 61], [7, 8], [10, 12]]);
  });
});
