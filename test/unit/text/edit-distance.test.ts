import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/lib/text/edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, stopping past the limit', () => {
    // “much” → “most” is three edits: not a typo fix (see classifyRevision).
    expect(editDistance('most', 'much')).toBe(3);
    expect(editDistance('veiw', 'view')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('counterterrorism', 'diplomacy', 2)).toBe(3);
  });
});
