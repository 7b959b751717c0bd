import { describe, expect, it } from 'vitest';
import { readStatedFigure, statedInDigits, trailingQualifier } from '../../../src/lib/charts/stated-figure.ts';
import { checkStatedFigure } from '../../../src/lib/charts/verify-chart.ts';

describe('readStatedFigure', () => {
  it.each([
    ['at least 170', { qualifier: 'at least', numbers: [170] }],
    ['about 2,500', { qualifier: 'about', numbers: [2500] }],
    ['nearly 1,000', { qualifier: 'nearly', numbers: [1000] }],
    ['over 40,000', { qualifier: 'over', numbers: [40000] }],
    ['fewer than 500', { qualifier: 'fewer than', numbers: [500] }],
    ['150–200', { numbers: [150, 200] }],
    ['Eighty-six', { numbers: [86] }],
    ['13', { numbers: [13] }],
  ])('%s', (stated, expected) => expect(readStatedFigure(stated)).toEqual(expected));
});

describe('statedInDigits', () => {
  it.each([
    ['Eighty-six', '86'],
    ['nearly twelve', 'nearly 12'],
    ['at least 170', 'at least 170'],
    ['about 2,500', 'about 2,500'],
    ['150–200', '150–200'],
    ['More than eighty', 'More than 80'],
  ])('%s → %s', (stated, expected) => expect(statedInDigits(stated)).toBe(expected));

  it('leaves words that are not numbers alone', () => {
    expect(statedInDigits('some dozens')).toBe('some dozens');
  });
});

describe('trailingQualifier', () => {
  it('finds the qualifier a quote puts before a figure', () => {
    expect(trailingQualifier('that killed at least ')).toBe('at least');
    expect(trailingQualifier('killed more than ')).toBe('more than');
    expect(trailingQualifier('and ')).toBeUndefined();
  });
});

const base = { id: 'x', panel: 'p', label: 'L', source: 's', quote: 'killed at least 170 Afghan civilians and 13 American service members' };

describe('checkStatedFigure', () => {
  it('accepts a figure stated with its qualifier', () => {
    expect(checkStatedFigure({ ...base, stated: 'at least 170', qualifier: 'at least', value: 170 })).toEqual([]);
    expect(checkStatedFigure({ ...base, stated: '13', qualifier: 'exact', value: 13 })).toEqual([]);
  });
  it('rejects a qualifier the source does not use', () => {
    expect(checkStatedFigure({ ...base, stated: 'at least 170', qualifier: 'more than', value: 170 })[0]?.message).toContain('the source says "at least"');
  });
  it('rejects a figure that is not in the quote', () => {
    expect(checkStatedFigure({ ...base, stated: 'at least 180', qualifier: 'at least', value: 180 })[0]?.message).toContain('does not appear in the quote');
  });
  it('rejects a range that does not match', () => {
    const problems = checkStatedFigure({ ...base, quote: '150–200 micro-cells', stated: '150–200', qualifier: 'between', range: [150, 250] });
    expect(problems[0]?.field).toBe('range');
  });
});
