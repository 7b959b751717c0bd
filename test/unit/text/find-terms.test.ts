import { describe, expect, it } from 'vitest';
import { findTerms, type TermSpelling } from '../../../src/lib/text/find-terms.ts';

const terms: TermSpelling[] = [
  { id: 'islamic-state', names: ['Islamic State', 'ISIS'] },
  { id: 'isis-k', names: ['ISIS-K', 'Khorasan branch'] },
  { id: 'caliphate', names: ['caliphate', 'caliphates'] },
  { id: 'badia', names: ['Syrian Badia', 'Badia'] },
  { id: 'nashou', names: ['Alaa al-Nashou', 'al-Nashou'] },
  { id: 'austin', names: ["Austin's", 'Austin'] },
];
const ids = (text: string) => findTerms(text, terms).map((occurrence) => `${occurrence.id}:${occurrence.text}`);

describe('findTerms', () => {
  it('finds whole words only', () => {
    expect(ids('The postcaliphate era; caliphates; the caliphate.')).toEqual(['caliphate:caliphates', 'caliphate:caliphate']);
  });

  it('lets a lower-case spelling match capitalized, but not the reverse', () => {
    expect(ids('Caliphate and CALIPHATE')).toEqual(['caliphate:Caliphate']);
    expect(ids('the badia')).toEqual([]);
  });

  it('does not find a name inside a hyphenated word', () => {
    expect(ids('ISIS-K and ISIS-affiliated outlets, then ISIS')).toEqual(['isis-k:ISIS-K', 'islamic-state:ISIS']);
    expect(ids('pro-ISIS factions')).toEqual([]);
  });

  it('accepts a dash that is not a hyphen as a boundary', () => {
    expect(ids('the Syria–ISIS belt')).toEqual(['islamic-state:ISIS']);
  });

  it('prefers the longest spelling at a position and never overlaps', () => {
    expect(ids('the Syrian Badia, then the Badia')).toEqual(['badia:Syrian Badia', 'badia:Badia']);
    expect(ids('Military Expert Alaa al-Nashou; Al-Nashou said')).toEqual(['nashou:Alaa al-Nashou', 'nashou:Al-Nashou']);
  });

  it('compares apostrophes straight and reports the text as written', () => {
    expect(ids('echoed Austin’s concerns')).toEqual(['austin:Austin’s']);
  });

  it('leaves out occurrences inside an excluded phrase', () => {
    const coalition: TermSpelling = { id: 'coalition', names: ['coalition'], exclude: ['coalition of the willing'] };
    const text = 'a coalition of the willing, and the coalition';
    expect(findTerms(text, [coalition]).map((o) => o.start)).toEqual([text.lastIndexOf('coalition')]);
  });

  it('returns offsets into the original text', () => {
    const text = 'In 2014 the Islamic State proclaimed a caliphate.';
    for (const occurrence of findTerms(text, terms)) expect(text.slice(occurrence.start, occurrence.end)).toBe(occurrence.text);
  });
});
