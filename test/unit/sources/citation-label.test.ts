import { describe, expect, it } from 'vitest';
import { citationLabel } from '../../../src/lib/sources/citation-label.ts';

describe('citationLabel', () => {
  it('uses the source’s own short name when it has one', () => {
    expect(citationLabel({ citeAs: 'Shafaq', publisher: 'Shafaq News' })).toBe('Shafaq');
  });
  it('abbreviates a publisher of three or more capitalised words to initials', () => {
    expect(citationLabel({ publisher: 'The New York Times' })).toBe('NYT');
  });
  it('otherwise uses the first significant word', () => {
    expect(citationLabel({ publisher: 'Carnegie Europe' })).toBe('Carnegie');
    expect(citationLabel({ publisher: 'Archyde' })).toBe('Archyde');
  });
  it('ignores parenthesised remarks in the publisher', () => {
    expect(citationLabel({ publisher: 'Unattributed wire report (text as republished by adafeed.live)' })).toBe('Unattributed');
  });
});
