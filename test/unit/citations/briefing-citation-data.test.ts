import { describe, expect, it } from 'vitest';
import { briefingCitationData, type BriefingCitationDataInput } from '../../../src/lib/citations/briefing-citation-data.ts';
import type { BriefingCitations } from '../../../src/lib/citations/citation-record.ts';

const passage = 'Stripping the Islamic State of its self-proclaimed caliphate is not the same as beating it.';
const quoted = { start: passage.indexOf('self-proclaimed'), end: passage.indexOf(' is not') };

const citations: BriefingCitations = {
  sources: [{ slug: 'nyt', label: 'NYT', paragraphs: [3] }],
  links: [
    { id: 'cite-1', slug: 'nyt', anchor: 'p-3', paragraph: 3, card: 'cite-card-1', sentence: 'It lost its “self-proclaimed caliphate”.' },
    { id: 'cite-2', slug: 'nyt', anchor: 'p-3', paragraph: 3, card: 'cite-card-2' },
    { id: 'cite-3', slug: 'nyt', anchor: 'bio-1', card: 'cite-card-3' },
    { id: 'cite-4', slug: 'nyt', card: 'cite-card-4' },
  ],
  cards: [
    { id: 'cite-card-1', slug: 'nyt', anchor: 'p-3', highlight: quoted },
    { id: 'cite-card-2', slug: 'nyt', anchor: 'p-3' },
    { id: 'cite-card-3', slug: 'nyt', anchor: 'bio-1' },
    { id: 'cite-card-4', slug: 'nyt' },
  ],
};

const input = (overrides: Partial<BriefingCitationDataInput> = {}): BriefingCitationDataInput => ({
  briefing: { id: 'why', title: 'Why', url: 'https://x.org/briefings/why/', published: '2025-11-20' },
  citations,
  sources: new Map([['nyt', { title: 'We Still Haven’t', publisher: 'The New York Times', page: 'https://x.org/sources/nyt/', csl: 'https://x.org/sources/nyt/source.json', original: null }]]),
  passages: new Map([['nyt', [{ anchor: 'p-3', label: '¶3', text: passage, paragraph: 3 }, { anchor: 'bio-1', label: 'author bio', text: 'Costa is a former official.' }]]]),
  passageUrl: (slug, anchor) => `https://x.org/sources/${slug}/#${anchor}`,
  ...overrides,
});

describe('briefingCitationData', () => {
  it('lists every citation with its claim, source, passage and quotation selector', () => {
    const data = briefingCitationData(input());
    expect(data.sources).toEqual([{ id: 'nyt', label: 'NYT', title: 'We Still Haven’t', publisher: 'The New York Times', page: 'https://x.org/sources/nyt/', csl: 'https://x.org/sources/nyt/source.json', original: null }]);
    expect(data.citations[0]).toEqual({
      id: 'cite-1',
      at: 'https://x.org/briefings/why/#cite-1',
      sentence: 'It lost its “self-proclaimed caliphate”.',
      source: 'nyt',
      paragraph: 3,
      passage: { anchor: 'p-3', label: '¶3', url: 'https://x.org/sources/nyt/#p-3' },
      quotation: { type: 'TextQuoteSelector', exact: 'self-proclaimed caliphate', prefix: 'ipping the Islamic State of its ', suffix: ' is not the same as beating it.' },
    });
  });

  it('says null where there is no sentence recorded, no quotation, no paragraph or no passage', () => {
    const [, second, third, fourth] = briefingCitationData(input()).citations;
    expect(second).toMatchObject({ sentence: null, paragraph: 3, quotation: null });
    expect(third).toMatchObject({ paragraph: null, passage: { anchor: 'bio-1', label: 'author bio' }, quotation: null });
    expect(fourth).toMatchObject({ paragraph: null, passage: null, quotation: null });
  });

  it('fails on a record that names an unknown passage, card or source: a plugin bug, not a reader’s problem', () => {
    const bad = (changes: Partial<BriefingCitations>) => () => briefingCitationData(input({ citations: { ...citations, ...changes } }));
    expect(bad({ links: [{ id: 'cite-1', slug: 'nyt', anchor: 'p-99', paragraph: 99, card: 'cite-card-1' }] })).toThrow(/points at nyt#p-99, which is not a passage/u);
    expect(bad({ links: [{ id: 'cite-1', slug: 'nyt', card: 'cite-card-9' }] })).toThrow(/unknown card cite-card-9/u);
    expect(bad({ sources: [{ slug: 'other', label: 'O', paragraphs: [] }] })).toThrow(/cited source "other"/u);
  });
});
