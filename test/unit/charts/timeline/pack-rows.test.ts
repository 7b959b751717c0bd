import { describe, expect, it } from 'vitest';
import { packRows } from '../../../../src/lib/charts/timeline/pack-rows.ts';

describe('packRows', () => {
  it('puts each span in the lowest row where it keeps the gap from the others', () => {
    const spans = [
      { x: 0, width: 100 },
      { x: 50, width: 100 },
      { x: 105, width: 50 },
      { x: 115, width: 50 },
      { x: 300, width: 10 },
    ];
    expect(packRows(spans, 10)).toEqual([0, 1, 2, 0, 0]);
  });

  it('brings a lone span down to the first row', () => {
    expect(packRows([{ x: 400, width: 80 }], 10)).toEqual([0]);
    expect(packRows([], 10)).toEqual([]);
  });
});
