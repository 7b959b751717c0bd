import { describe, expect, it } from 'vitest';
import { UNDATED_SORT_KEY, pageSearchAttributes, sortableDay } from '../../../src/lib/search/page-search-attributes.ts';

describe('pageSearchAttributes', () => {
  it('gives a source its filters, metadata and date sort, one inline value per element', () => {
    const attributes = pageSearchAttributes({
      type: 'source',
      publisher: 'Shafaq News',
      authors: ['Shafaq News staff'],
      regions: ['Iraq', 'Syria', 'Iraq'],
      topics: ['US withdrawal'],
      published: '2025-09',
    });
    expect(attributes.map(({ attribute, value }) => `${attribute}=${value}`)).toEqual([
      'data-pagefind-filter=type:source',
      'data-pagefind-filter=publisher:Shafaq News',
      'data-pagefind-filter=region:Iraq',
      'data-pagefind-filter=region:Syria',
      'data-pagefind-filter=topic:US withdrawal',
      'data-pagefind-filter=year:2025',
      'data-pagefind-meta=type:source',
      'data-pagefind-meta=publisher:Shafaq News',
      'data-pagefind-meta=authors:Shafaq News staff',
      'data-pagefind-meta=date:2025-09',
      'data-pagefind-sort=date:2025-09-01',
    ]);
  });

  it('gives a briefing no publisher, and keeps commas and colons inside values', () => {
    const attributes = pageSearchAttributes({ type: 'briefing', authors: [], regions: ['Middle East: Levant, Iraq'], topics: [], published: '2025-11-20' });
    expect(attributes.some(({ value }) => value.startsWith('publisher:'))).toBe(false);
    expect(attributes).toContainEqual({ attribute: 'data-pagefind-filter', value: 'region:Middle East: Levant, Iraq' });
    expect(attributes).toContainEqual({ attribute: 'data-pagefind-sort', value: 'date:2025-11-20' });
  });

  it('gives an undated reference page its type and the earliest date sort key, and no year or date', () => {
    const attributes = pageSearchAttributes({ type: 'glossary', authors: [], regions: [], topics: [] });
    expect(attributes.map(({ attribute, value }) => `${attribute}=${value}`)).toEqual([
      'data-pagefind-filter=type:glossary',
      'data-pagefind-meta=type:glossary',
      `data-pagefind-sort=date:${UNDATED_SORT_KEY}`,
    ]);
    expect(UNDATED_SORT_KEY < sortableDay('1900')).toBe(true);
  });
});

describe('sortableDay', () => {
  it('gives the earliest day a partial date can denote', () => {
    expect(sortableDay('2025')).toBe('2025-01-01');
    expect(sortableDay('2025-09')).toBe('2025-09-01');
    expect(sortableDay('2024-03-31')).toBe('2024-03-31');
  });

  it('names the bad value', () => {
    expect(() => sortableDay('Sept 2025')).toThrow(/"Sept 2025"/u);
  });
});
