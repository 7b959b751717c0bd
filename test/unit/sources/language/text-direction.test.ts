import { describe, expect, it } from 'vitest';
import { primaryLanguage, sameLanguage, textDirection } from '../../../../src/lib/sources/language/text-direction.ts';

describe('textDirection', () => {
  it('is rtl for Arabic, Persian, Urdu, Hebrew and any tag in Arabic script, ltr otherwise', () => {
    for (const tag of ['ar', 'ar-IQ', 'fa', 'ur', 'he', 'ckb', 'az-Arab']) expect(textDirection(tag), tag).toBe('rtl');
    for (const tag of ['en', 'en-GB', 'fr', 'ku', 'tr']) expect(textDirection(tag), tag).toBe('ltr');
  });

  it('compares languages by their primary subtag', () => {
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(sameLanguage('en', 'en-GB')).toBe(true);
    expect(sameLanguage('ar', 'en')).toBe(false);
  });
});
