import { describe, expect, it } from 'vitest';
import { rectAtLeast } from '../../../src/lib/charts/rect.ts';

describe('rectAtLeast', () => {
  it('grows a small box about its centre to the least size', () => {
    expect(rectAtLeast({ x: 10, y: 20, width: 40, height: 16 }, 24)).toEqual({ x: 10, y: 16, width: 40, height: 24 });
    expect(rectAtLeast({ x: 0, y: 0, width: 10, height: 10 }, 24)).toEqual({ x: -7, y: -7, width: 24, height: 24 });
  });

  it('leaves a large enough box as it is', () => {
    expect(rectAtLeast({ x: 1, y: 2, width: 30, height: 30 }, 24)).toEqual({ x: 1, y: 2, width: 30, height: 30 });
  });
});
