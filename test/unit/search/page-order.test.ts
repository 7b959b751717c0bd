import { describe, expect, it } from 'vitest';
import { fragmentName, pageNumberOf, sortByDate } from '../../../src/lib/search/page-order.ts';

describe('page order', () => {
  it('names a fragment after its page number and reads the number back', () => {
    expect(fragmentName('en', '1c3f', 42)).toBe('en_1c3f2a');
    expect(pageNumberOf('en_1c3f2a')).toBe(42);
    expect(pageNumberOf(fragmentName('ar', 'beef', 0))).toBe(0);
    expect(pageNumberOf(fragmentName('pt-br', '0000', 4999))).toBe(4999);
  });

  it('refuses a name that carries no page number, such as Pagefind’s own hashes', () => {
    expect(() => pageNumberOf('en_92a3f1c')).not.toThrow();
    expect(() => pageNumberOf('a3f91c2')).toThrow(/not a compacted fragment name/u);
    expect(() => fragmentName('en', 'abc', 1)).toThrow(/not 4 characters/u);
  });

  it('sorts results oldest or newest first by page number, not by their order as given', () => {
    const results = [3, 0, 10, 2].map((page) => ({ id: fragmentName('en', 'a1b2', page), score: page }));
    expect(sortByDate(results, 'asc').map((result) => result.score)).toEqual([0, 2, 3, 10]);
    expect(sortByDate(results, 'desc').map((result) => result.score)).toEqual([10, 3, 2, 0]);
  });
});
