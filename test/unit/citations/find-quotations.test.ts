import { describe, expect, it } from 'vitest';
import { findQuotations, vouchedQuotations, type PlacedCitation } from '../../../src/lib/citations/find-quotations.ts';

/** The brackets of a text as citations, in order. */
const brackets = (text: string): PlacedCitation[] => [...text.matchAll(/\[@[^\]]*\]/gu)].map((match) => ({ kind: 'bracket', start: match.index, end: match.index + match[0].length }));
const texts = (quotations: readonly { text: string }[] | undefined) => (quotations ?? []).map((quotation) => quotation.text);
/** What the citation `[@a…]` vouches for. */
const before = (text: string) => {
  const citations = brackets(text);
  return texts(vouchedQuotations(text, citations)[citations.findIndex((citation) => text.startsWith('[@a', citation.start))]);
};

describe('findQuotations', () => {
  it('finds curly and straight quotations, keeping inner single quotes', () => {
    expect(findQuotations('He said “it’s ‘real’” and "so it is".').map((quotation) => quotation.text)).toEqual(['it’s ‘real’', 'so it is']);
  });
  it('finds quotations in guillemets, low-high marks and full-width marks (from a cold trial: they were published unchecked)', () => {
    const found = (text: string) => findQuotations(text).map((quotation) => quotation.text);
    expect(found('A farmer said «we have plenty of water» [@a, ¶2].')).toEqual(['we have plenty of water']);
    expect(found('Er sagte „wir haben Wasser“ und „genug” [@a, ¶2].')).toEqual(['wir haben Wasser', 'genug']);
    expect(found('He said ＂the canal is full＂ [@a, ¶2].')).toEqual(['the canal is full']);
    expect(found('« il a dit “non” »')).toEqual([' il a dit “non” ']);
    expect(found('“English “nested” quotes close in turn”')).toEqual(['English “nested” quotes close in turn']);
  });
  it('runs an unclosed quotation to the end', () => {
    expect(findQuotations('He said “unfinished').map((quotation) => quotation.text)).toEqual(['unfinished']);
  });
  const found = (text: string) => findQuotations(text).map((quotation) => quotation.text);
  it('finds single-quoted quotations, straight or curly', () => {
    expect(found("He said 'it is over' and ‘so it is’.")).toEqual(['it is over', 'so it is']);
  });
  it('tells apostrophes from quotation marks by position', () => {
    expect(found("Don't say the group's 'big plan' is over; ISIS’s men aren't done.")).toEqual(['big plan']);
    expect(found("In the '90s and ’08 it was 'quiet' there.")).toEqual(['quiet']);
    expect(found("rock 'n' roll")).toEqual(['n']);
  });
  it('treats a single mark never closed as an apostrophe, not a quotation to the end', () => {
    expect(found("The groups' leaders met")).toEqual([]);
    expect(found("It 'never closes")).toEqual([]);
  });
  it('keeps a quotation nested in the other marks inside its quotation', () => {
    expect(found(`"They called it 'a threat,' he said" and 'she said "no"' today`)).toEqual(["They called it 'a threat,' he said", 'she said "no"']);
  });
});

describe('vouchedQuotations', () => {
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
    expect(vouchedQuotations(text, brackets(text)).map(texts)).toEqual([['one'], ['two']]);
  });
  it('gives an author-in-text citation the quotations after it in its sentence, up to the next citation', () => {
    const text = 'As @a says, “one” and “two” [@b]. Then “three”.';
    const citations: PlacedCitation[] = [{ kind: 'in-text', start: text.indexOf('@a'), end: text.indexOf('@a') + 2 }, ...brackets(text)];
    expect(vouchedQuotations(text, citations).map(texts)).toEqual([['one', 'two'], []]);
  });
  it('ignores quotations after the citation', () => {
    expect(before('Claim [@a] and “after”.')).toEqual([]);
  });
});
