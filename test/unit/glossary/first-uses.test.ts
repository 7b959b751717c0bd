import { describe, expect, it } from 'vitest';
import { firstUses } from '../../../src/lib/glossary/first-uses.ts';
import type { TermSpelling } from '../../../src/lib/text/find-terms.ts';

const terms: TermSpelling[] = [
  { id: 'caliphate', names: ['caliphate'] },
  { id: 'badia', names: ['Badia'] },
];

describe('firstUses', () => {
  it('returns the first use of each term, in text order', () => {
    const uses = firstUses('the Badia, a caliphate, the caliphate and the Badia', terms, new Set());
    expect(uses.map((use) => [use.id, use.start])).toEqual([
      ['badia', 4],
      ['caliphate', 13],
    ]);
  });

  it('skips terms already linked earlier in the document', () => {
    expect(firstUses('the caliphate and the Badia', terms, new Set(['caliphate'])).map((use) => use.id)).toEqual(['badia']);
  });

  it('skips uses inside the given ranges (quotations) and takes the next one', () => {
    const text = '“a caliphate” and then a caliphate';
    const uses = firstUses(text, terms, new Set(), [[0, 13]]);
    expect(uses).toHaveLength(1);
    expect(uses[0]?.start).toBe(text.lastIndexOf('caliphate'));
  });
});
