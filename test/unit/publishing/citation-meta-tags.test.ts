import { describe, expect, it } from 'vitest';
import { citationDate, citationMetaTags } from '../../../src/lib/publishing/citation-meta-tags.ts';

describe('citationDate', () => {
  it('writes Google Scholar’s YYYY/MM/DD at the date’s precision', () => {
    expect(citationDate({ year: 2025, month: 9, day: 4, precision: 'day' })).toBe('2025/09/04');
    expect(citationDate({ year: 2025, month: 9, precision: 'month' })).toBe('2025/09');
    expect(citationDate({ year: 2025, precision: 'year' })).toBe('2025');
  });
});

describe('citationMetaTags', () => {
  it('gives title, one tag per author, date, publisher and the addresses, in that order', () => {
    expect(
      citationMetaTags({
        title: 'We Still Haven’t Figured Out How to Beat ISIS',
        authors: ['Christopher P. Costa', 'Colin P. Clarke'],
        published: { year: 2024, month: 3, day: 31, precision: 'day' },
        publisher: 'The New York Times',
        publicUrl: 'https://nytimes.com/x',
        fulltextHtmlUrl: 'https://briefings.example.org/sources/nyt/',
        language: 'en',
      }),
    ).toEqual([
      { name: 'citation_title', content: 'We Still Haven’t Figured Out How to Beat ISIS' },
      { name: 'citation_author', content: 'Christopher P. Costa' },
      { name: 'citation_author', content: 'Colin P. Clarke' },
      { name: 'citation_publication_date', content: '2024/03/31' },
      { name: 'citation_publisher', content: 'The New York Times' },
      { name: 'citation_public_url', content: 'https://nytimes.com/x' },
      { name: 'citation_fulltext_html_url', content: 'https://briefings.example.org/sources/nyt/' },
      { name: 'citation_language', content: 'en' },
    ]);
  });

  it('leaves out authors, addresses and language that are not known', () => {
    const tags = citationMetaTags({ title: 'T', authors: [], published: { year: 2024, precision: 'year' }, publisher: 'P', publicUrl: null });
    expect(tags.map((tag) => tag.name)).toEqual(['citation_title', 'citation_publication_date', 'citation_publisher']);
  });
});
