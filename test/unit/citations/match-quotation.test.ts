import { describe, expect, it } from 'vitest';
import { closestPassage } from '../../../src/lib/citations/closest-passage.ts';
import { matchQuotation, toMatchablePassage } from '../../../src/lib/citations/match-quotation.ts';
import { normalizeForMatch } from '../../../src/lib/citations/normalize-for-match.ts';

// Passages as received (curly quotes, em and en dashes, an ellipsis character), from the source library.
const passages = [
  'The US Embassy in Baghdad voiced “deep concern” this week about ISIS and al-Qaeda’s regional operations, underscoring that the United States continues to “prioritize partnerships with allies and regional actors to combat terrorism.”',
  'By contrast, Military Expert Alaa al-Nashou stressed that the danger is real, pointing to ISIS activity in three key zones: Wadi Hauran in Al-Anbar—the country’s longest valley—Hamrin’s rugged mountain range in Diyala near the Iranian border, and the Syrian Badia.',
  '“The problem is that Iraqi leaders lack a clear strategic vision and adequate aerial coverage. Add to this sectarian rhetoric ahead of the November elections, and you have a formula for renewed instability,” Al-Nashou said.',
  'The Prime Minister’s seemingly paradoxical statement – “Security and stability? Thank God it’s there… so give me the excuse” – reveals a complex political reality.',
  'More than a decade after the US-led Global Coalition was formed to defeat ISIS, Iraq is entering a decisive phase. The September 2025 deadline for US troop withdrawals, set in the 2022 Baghdad–Washington agreement, coincides with renewed American warnings of ISIS expansion.',
  'Stripping the Islamic State of its self-proclaimed caliphate is not the same as beating it.',
].map((text, i) => toMatchablePassage({ anchor: `p-${i + 1}`, paragraph: i + 1, text }));

const found = (quotation: string) => matchQuotation(quotation, passages);
const where = (quotation: string) => found(quotation)?.passage.anchor;
const matchedText = (quotation: string) => {
  const match = found(quotation);
  return match ? match.passage.text.slice(match.start, match.end) : undefined;
};

describe('normalizeForMatch', () => {
  it('straightens quotes, unifies dashes, collapses whitespace and maps back to the original', () => {
    const result = normalizeForMatch('“It’s  here”\u00a0— now');
    expect(result.text).toBe(`'It's here'-now`);
    expect(result.origin).toHaveLength(result.text.length + 1);
    expect(result.origin[result.text.indexOf('n')]).toBe('“It’s  here”\u00a0— now'.indexOf('n'));
  });

  it('applies Unicode NFC', () => {
    expect(normalizeForMatch('Fe\u0301lix').text).toBe('Félix');
  });

  // Decomposed accents (e + U+0301), reordered marks (ệ written e + U+0302 + U+0323), Hangul jamo.
  const decomposed = 'Fe\u0301lix Arteaga, the analyst, wrote that Vie\u0302\u0323t and \u1100\u1161 agree; “the end”.';

  it('maps every character of the normalized text back to where it came from in decomposed text', () => {
    const { text, origin } = normalizeForMatch(decomposed);
    expect(origin).toHaveLength(text.length + 1);
    expect(origin.at(-1)).toBe(decomposed.length);
    // Each run of normalized text, mapped back, is the original run that normalizes to it.
    for (const word of ['Félix', 'Arteaga', 'analyst', 'Việt', '가', 'agree', 'the end']) {
      const start = text.indexOf(word);
      const end = start + word.length;
      expect(start, word).toBeGreaterThanOrEqual(0);
      const original = decomposed.slice(origin[start], origin[end]);
      expect(normalizeForMatch(original).text, word).toBe(word);
    }
  });
});

describe('matchQuotation: highlights in decomposed text', () => {
  const passage = toMatchablePassage({ anchor: 'p-1', text: decomposedPassage() });
  function decomposedPassage() {
    return 'Fe\u0301lix Arteaga, the analyst, wrote that Vie\u0302\u0323t Nam agrees.';
  }
  const highlighted = (quotation: string) => {
    const match = matchQuotation(quotation, [passage]);
    return match ? passage.text.slice(match.start, match.end) : undefined;
  };

  it('points at the quoted words after a decomposed accent, not a character early', () => {
    expect(highlighted('the analyst, wrote that')).toBe('the analyst, wrote that');
  });

  it('covers a composed character’s every decomposed part, at either end', () => {
    expect(highlighted('Félix Arteaga')).toBe('Fe\u0301lix Arteaga');
    expect(highlighted('wrote that Việt')).toBe('wrote that Vie\u0302\u0323t');
  });
});

describe('matchQuotation: typography', () => {
  it('matches a verbatim quotation', () => expect(where('deep concern')).toBe('p-1'));
  it('matches straight apostrophes against curly ones', () => expect(where("al-Qaeda's regional operations")).toBe('p-1'));
  it('matches curly apostrophes against curly ones', () => expect(where('al-Qaeda’s regional operations')).toBe('p-1'));
  it('matches a hyphen typed for an em dash', () => expect(where("Al-Anbar-the country's longest valley")).toBe('p-2'));
  it('matches an em dash typed for an en dash', () => expect(where('the 2022 Baghdad—Washington agreement')).toBe('p-5'));
  it('matches a spaced en dash typed for an unspaced em dash', () => expect(where('Wadi Hauran in Al-Anbar – the country’s longest valley')).toBe('p-2'));
  it('matches across collapsed whitespace and line breaks', () => expect(where('a clear\n  strategic   vision')).toBe('p-3'));
  it('matches a no-break space in the quotation', () => expect(where('decisive\u00a0phase')).toBe('p-5'));
  it('matches three dots typed for an ellipsis character in the source', () => expect(where('Thank God it’s there... so give me the excuse')).toBe('p-4'));
  it('matches an ellipsis character in the source typed as one', () => expect(where('Thank God it’s there… so give me the excuse')).toBe('p-4'));
  it('matches a decomposed accent against a composed one (NFC)', () => {
    const accented = [toMatchablePassage({ anchor: 'p-1', text: 'Félix Arteaga is a senior analyst' })];
    expect(matchQuotation('Fe\u0301lix Arteaga is a senior analyst', accented)?.passage.anchor).toBe('p-1');
  });
});

describe('matchQuotation: case, elisions and insertions', () => {
  it('accepts a changed case of the first letter', () => expect(where('Prioritize partnerships with allies')).toBe('p-1'));
  it('accepts a lower-cased first letter', () => expect(where('the problem is that Iraqi leaders lack a clear strategic vision')).toBe('p-3'));
  it('rejects a changed case elsewhere', () => expect(where('the problem is that iraqi leaders')).toBeUndefined());
  it('accepts an elision with three dots', () => expect(where('The problem is that Iraqi leaders lack ... a formula for renewed instability')).toBe('p-3'));
  it('accepts an elision with an ellipsis character', () => expect(where('Iraqi leaders lack a clear strategic vision… you have a formula for renewed instability')).toBe('p-3'));
  it('accepts several elisions in order', () => expect(where('The problem ... strategic vision ... November elections ... renewed instability')).toBe('p-3'));
  it('rejects elided parts out of order', () => expect(where('renewed instability ... The problem is')).toBeUndefined());
  it('accepts a bracketed insertion standing for words of the original', () => expect(where('[Iraq] is entering a decisive phase')).toBe('p-5'));
  it('accepts a bracketed insertion in the middle', () => expect(where('the danger is real, pointing to [Islamic State] activity in three key zones')).toBe('p-2'));
  it('accepts a bracketed capital at the start', () => expect(where('[T]he danger is real')).toBe('p-2'));
  it('highlights the whole matched span in the text as received', () => {
    expect(matchedText('deep concern')).toBe('deep concern');
    expect(matchedText("Al-Anbar-the country's longest valley")).toBe('Al-Anbar—the country’s longest valley');
  });
});

describe('matchQuotation: what must fail', () => {
  it('fails a quotation that only exists across two paragraphs', () => {
    expect(where('adequate aerial coverage. Add to this sectarian rhetoric ahead of the November elections, and you have a formula for renewed instability, Al-Nashou said. The Prime Minister’s seemingly paradoxical statement')).toBeUndefined();
    expect(where('a formula for renewed instability ... paradoxical statement')).toBeUndefined();
  });
  it('fails a changed word: "is" for "is not"', () => {
    expect(where('Stripping the Islamic State of its self-proclaimed caliphate is the same as beating it')).toBeUndefined();
    expect(where('Stripping the Islamic State of its self-proclaimed caliphate is not the same as beating it')).toBe('p-6');
  });
  it('fails an added word', () => expect(where('the danger is very real')).toBeUndefined());
  it('fails a dropped word without an elision', () => expect(where('the danger real')).toBeUndefined());
  it('fails a partial word at the edges', () => expect(where('anger is real')).toBeUndefined());
  it('fails a quotation of a different source', () => expect(where('Nearly half of all deaths from terrorism now occur in the Sahel')).toBeUndefined());
  it('fails an empty quotation', () => expect(where('…')).toBeUndefined());
});

describe('matchQuotation: long quotations and inner quotes', () => {
  it('matches a very long quotation (a whole paragraph)', () => expect(where(passages[4]!.text)).toBe('p-5'));
  it('matches a quotation that contains the source’s inner quotation marks, in either kind of marks (a quotation nested in ours is written in single ones)', () => {
    expect(where('voiced "deep concern" this week about ISIS')).toBe('p-1');
    expect(where("voiced 'deep concern' this week about ISIS")).toBe('p-1');
    expect(where('voiced ‘deep concern’ this week about ISIS')).toBe('p-1');
  });
  it('fails quotation marks the source does not have', () => expect(where("voiced deep 'concern' this week")).toBeUndefined());
  it('matches a quotation containing a quoted question', () => expect(where('“Security and stability? Thank God it’s there')).toBe('p-4'));
  it('matches in the given passages only', () => {
    expect(matchQuotation('deep concern', passages.slice(1))).toBeUndefined();
  });
});

describe('closestPassage', () => {
  it('names the passage and the stretch most like a misquotation', () => {
    const closest = closestPassage('Stripping the Islamic State of its caliphate is the same as beating it', passages);
    expect(closest?.passage.anchor).toBe('p-6');
    expect(closest?.excerpt).toContain('is not the same as beating it');
    expect(closest?.similarity).toBeGreaterThan(0.8);
  });
});

describe('matchQuotation: punctuation at the edges', () => {
  // The passages above: ¶1 "…voiced “deep concern” this week about ISIS…"; the source's sentences end in full stops.
  it('accepts a comma inside the closing mark where the source has a full stop (American style)', () => {
    expect(where('voiced "deep concern" this week about ISIS,')).toBe('p-1');
  });
  it('accepts a full stop, colon or semicolon at either edge, and leading punctuation', () => {
    for (const quotation of ['voiced "deep concern" this week about ISIS.', 'voiced "deep concern" this week about ISIS;', ': voiced "deep concern" this week about ISIS:']) {
      expect(where(quotation), quotation).toBe('p-1');
    }
  });
  it('highlights the edge punctuation too when the source has the same, and not otherwise', () => {
    expect(matchedText('is not the same as beating it.')).toBe('is not the same as beating it.');
    expect(matchedText('is not the same as beating it,')).toBe('is not the same as beating it');
    expect(matchedText('a formula for renewed instability,”')).toBe('a formula for renewed instability,”');
  });
  it('accepts punctuation next to an elision', () => {
    expect(where('voiced "deep concern", ... about ISIS')).toBe('p-1');
  });
  it('still fails an exclamation or question mark for a full stop', () => {
    expect(where('voiced "deep concern" this week about ISIS!')).toBeUndefined();
    expect(where('voiced "deep concern" this week about ISIS?')).toBeUndefined();
  });
  it('still fails punctuation changed inside the quotation', () => {
    expect(where('voiced "deep concern", this week about ISIS')).toBeUndefined();
    expect(where('voiced "deep concern" this week; about ISIS')).toBeUndefined();
  });
  it('still fails a word changed next to the edge', () => {
    expect(where('voiced "deep concern" this week about Iraq.')).toBeUndefined();
  });
});
