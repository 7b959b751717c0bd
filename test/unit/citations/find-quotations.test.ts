import { describe, expect, it } from 'vitest';
import { findQuotations, quotationsBefore } from '../../../src/lib/citations/find-quotations.ts';

const before = (text: string, floor = 0) => quotationsBefore(text, text.indexOf('[@'), floor).map((quotation) => quotation.text);

describe('findQuotations', () => {
  it('finds curly and straight quotations, keeping inner single quotes', () => {
    expect(findQuotations('He said “it’s ‘real’” and "so it is".').map((quotation) => quotation.text)).toEqual(['it’s ‘real’', 'so it is']);
  });
  it('runs an unclosed quotation to the end', () => {
    expect(findQuotations('He said “unfinished').map((quotation) => quotation.text)).toEqual(['unfinished']);
  });
  const texts = (text: string) => findQuotations(text).map((quotation) => quotation.text);
  it('finds single-quoted quotations, straight or curly', () => {
    expect(texts("He said 'it is over' and ‘so it is’.")).toEqual(['it is over', 'so it is']);
  });
  it('tells apostrophes from quotation marks by position', () => {
    expect(texts("Don't say the group's 'big plan' is over; ISIS’s men aren't done.")).toEqual(['big plan']);
    expect(texts("In the '90s and ’08 it was 'quiet' there.")).toEqual(['quiet']);
    expect(texts("rock 'n' roll")).toEqual(['n']);
  });
  it('treats a single mark never closed as an apostrophe, not a quotation to the end', () => {
    expect(texts("The groups' leaders met")).toEqual([]);
    expect(texts("It 'never closes")).toEqual([]);
  });
  it('keeps a quotation nested in the other marks inside its quotation', () => {
    expect(texts(`"They called it 'a threat,' he said" and 'she said "no"' today`)).toEqual(["They called it 'a threat,' he said", 'she said "no"']);
  });
});

describe('quotationsBefore', () => {
  it('takes quotations of the same sentence only', () => {
    expect(before('Earlier “one” ended. Then “two” came [@a].')).toEqual(['two']);
  });
  it('does not end a sentence at an abbreviation', () => {
    expect(before('“It is far from over,” U.S. officials warned [@a].')).toEqual(['It is far from over,']);
  });
  it('ends a sentence inside a quotation that closes it', () => {
    expect(before('They called it “far from over.” Officials warned of “expansion” [@a].')).toEqual(['expansion']);
  });
  it('does not end a sentence at a full stop inside a quotation', () => {
    expect(before('He said “It is over. It is not.” [@a].')).toEqual(['It is over. It is not.']);
  });
  it('leaves quotations before an earlier citation to that citation', () => {
    const text = 'A “one” [@x] and “two” [@a].';
    expect(quotationsBefore(text, text.indexOf('[@a'), text.indexOf(']') + 1).map((quotation) => quotation.text)).toEqual(['two']);
  });
  it('ignores quotations after the citation', () => {
    expect(before('Claim [@a] and “after”.')).toEqual([]);
  });
});
