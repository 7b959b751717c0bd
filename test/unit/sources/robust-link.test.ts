import { describe, expect, it } from 'vitest';
import { robustLink } from '../../../src/lib/sources/robust-link.ts';

describe('robustLink', () => {
  it('gives the original with the Robust Links attributes and says when the text was retrieved', () => {
    expect(robustLink({ url: 'https://ledger.example/a', retrieved: '2025-11-05', archived: 'https://web.archive.org/web/20251105000000/https://ledger.example/a' })).toEqual({
      href: 'https://ledger.example/a',
      attributes: {
        'data-originalurl': 'https://ledger.example/a',
        'data-versionurl': 'https://web.archive.org/web/20251105000000/https://ledger.example/a',
        'data-versiondate': '2025-11-05',
      },
      retrievedLabel: 'as retrieved on 5 November 2025',
      archived: 'https://web.archive.org/web/20251105000000/https://ledger.example/a',
    });
  });

  it('says nothing it does not know', () => {
    expect(robustLink({ url: null })).toEqual({ attributes: {} });
    expect(robustLink({ url: 'https://a.example/' })).toEqual({ href: 'https://a.example/', attributes: { 'data-originalurl': 'https://a.example/' } });
  });
});
