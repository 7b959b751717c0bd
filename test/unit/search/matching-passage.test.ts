import { describe, expect, it } from 'vitest';
import { matchingPassage } from '../../../src/lib/search/matching-passage.ts';
import { fakePage } from './page-fixture.ts';

const source = fakePage([
  { text: 'After US withdrawal: experts warn' },
  { id: 'p-1', text: 'ISIS activity in Wadi al-Qadhaf and the desert.' },
  { id: 'section-1', element: 'h2', text: 'Hideouts in Anbar' },
  { id: 'p-2', text: 'Three zones: Wadi Hauran in Al-Anbar, Hamrin and the Badia.' },
  { id: 'p-3', text: 'Wadi Hauran’s caves connect to the Syrian Badia.' },
  { text: 'Shafaq News staff on Wadi Hauran' },
  { id: 'note-1', text: 'Interview in Wadi Hauran, 2025.' },
]);

describe('matchingPassage', () => {
  it('lands on the first paragraph with the most different query words, not the first hit', () => {
    expect(matchingPassage(source.anchors, source.hitsOf('wadi', 'hauran'), source.content)).toBe('p-2');
  });

  it('takes the first paragraph when several match equally, and treats possessives and punctuation as the same word', () => {
    expect(matchingPassage(source.anchors, source.hitsOf('hauran', 'hauran’s'), source.content)).toBe('p-2');
    expect(matchingPassage(source.anchors, source.hitsOf('badia', 'badia.'), source.content)).toBe('p-2');
    expect(matchingPassage(source.anchors, source.hitsOf('caves'), source.content)).toBe('p-3');
  });

  it('does not count hits in an unnumbered block after a paragraph as part of it', () => {
    expect(matchingPassage(source.anchors, source.hitsOf('staff'), source.content)).toBeUndefined();
  });

  it('lands on an endnote when only a note matches', () => {
    expect(matchingPassage(source.anchors, source.hitsOf('interview'), source.content)).toBe('note-1');
  });

  it('has no passage for hits in the title or a heading only, or for no hits at all', () => {
    expect(matchingPassage(source.anchors, source.hitsOf('withdrawal:'), source.content)).toBeUndefined();
    expect(matchingPassage(source.anchors, source.hitsOf('anbar'), source.content)).toBeUndefined();
    expect(matchingPassage(source.anchors, [], source.content)).toBeUndefined();
  });

  it('falls back to the next anchor as the end of a paragraph whose text Pagefind did not record', () => {
    const anchors = source.anchors.map((anchor) => ({ ...anchor, text: undefined }));
    expect(matchingPassage(anchors, source.hitsOf('wadi', 'hauran'), source.content)).toBe('p-2');
  });
});
