import { describe, expect, it } from 'vitest';
import { withCitationMarkers } from '../../../src/lib/citations/citation-markers.ts';

const names = (slug: string) => ({ a: { label: 'Shafaq', publisher: 'Shafaq News' }, b: { label: 'NYT', publisher: 'The New York Times' } })[slug];
const shown = (text: string) => withCitationMarkers(text, names);

describe('withCitationMarkers', () => {
  it('writes each bracketed citation as its marker, prefixes and suffixes kept', () => {
    expect(shown('It is real [@a, ¶3].')).toBe('It is real [Shafaq ¶3].');
    expect(shown('It is real [see @a, ¶¶3–4; @b, on tactics].')).toBe('It is real [see Shafaq ¶3–4; NYT, on tactics].');
    expect(shown('Twice [@a, ¶3; @a, ¶5] and [-@b, ¶2] and a pin [@a@v1, ¶4].')).toBe('Twice [Shafaq ¶3, ¶5] and [¶2] and a pin [Shafaq ¶4].');
  });

  it('writes an author-in-text citation as the source’s name, with its locator', () => {
    expect(shown('As @a [¶3, in passing] reports, and @b says.')).toBe('As Shafaq News [¶3, in passing] reports, and The New York Times says.');
  });

  it('leaves code, escapes and e-mail addresses alone, and names an unknown key without its at-sign', () => {
    expect(shown('Code `[@a, ¶3]`, \\@a and press@a.org.')).toBe('Code `[@a, ¶3]`, \\@a and press@a.org.');
    expect(shown('Gone [@old-source, ¶2].')).toBe('Gone [old-source ¶2].');
  });
});
