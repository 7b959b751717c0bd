import { describe, expect, it } from 'vitest';
import { excerptSegments, excerptText } from '../../../src/lib/search/excerpt-segments.ts';

describe('excerptSegments', () => {
  it('splits marked and plain text, joining adjacent runs', () => {
    expect(excerptSegments('pointing to <mark>Wadi</mark> <mark>Hauran</mark> in Al-Anbar')).toEqual([
      { text: 'pointing to ', marked: false },
      { text: 'Wadi', marked: true },
      { text: ' ', marked: false },
      { text: 'Hauran', marked: true },
      { text: ' in Al-Anbar', marked: false },
    ]);
  });

  it('unescapes the angle brackets Pagefind escapes and keeps other text as text', () => {
    const segments = excerptSegments('a &lt;b&gt; tag &amp; <mark>ISIS</mark>');
    expect(segments[0]).toEqual({ text: 'a <b> tag &amp; ', marked: false });
    expect(excerptText(segments)).toBe('a <b> tag &amp; ISIS');
  });

  it('gives nothing for an empty excerpt', () => {
    expect(excerptSegments('')).toEqual([]);
  });
});
