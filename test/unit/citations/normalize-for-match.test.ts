import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../../src/lib/citations/normalize-for-match.ts';

describe('normalizeForMatch on Arabic', () => {
  it('leaves out the tatweel and the vowel marks and folds the letter variants', () => {
    expect(normalizeForMatch('العـــراقية').text).toBe('العراقيه');
    expect(normalizeForMatch('مُسْتَعِدَّة').text).toBe('مستعده');
    expect(normalizeForMatch('إعادة أمن آمن').text).toBe(normalizeForMatch('اعاده امن امن').text);
    expect(normalizeForMatch('على مسؤول رئيس').text).toBe('علي مسوول رييس');
    expect(normalizeForMatch('کتاب یوم').text).toBe('كتاب يوم');
  });

  it('maps every compared character back to where it was, so a match highlights the text as received', () => {
    const original = 'قوات العـراقية مستعدة';
    const { text, origin } = normalizeForMatch(original);
    const start = text.indexOf('العراقيه');
    const end = start + 'العراقيه'.length;
    expect(original.slice(origin[start], origin[end - 1]! + 1)).toBe('العـراقية');
    expect(origin).toHaveLength(text.length + 1);
  });

  it('changes nothing in Latin text beyond the typography every text gets (one dash, one quotation mark)', () => {
    expect(normalizeForMatch('Mosul – “the city”').text).toBe("Mosul-'the city'");
  });
});
