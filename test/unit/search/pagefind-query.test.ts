import { describe, expect, it } from 'vitest';
import { COUNT_ONLY, pagefindFilters, pagefindSort, planFacetCounts, planSearch, searchTerm } from '../../../src/lib/search/pagefind-query.ts';
import { MAX_QUERY_LENGTH, emptySearchState, withFilter } from '../../../src/lib/search/search-state.ts';

describe('searchTerm', () => {
  it('collapses whitespace and trims', () => {
    expect(searchTerm('  Wadi \n Hauran ')).toBe('Wadi Hauran');
  });

  it('is null when there is nothing to look up', () => {
    expect(searchTerm('')).toBeNull();
    expect(searchTerm('   ')).toBeNull();
    expect(searchTerm('?!“”—')).toBeNull();
  });

  it('keeps quotes, which Pagefind reads as an exact phrase', () => {
    expect(searchTerm('"Wadi Hauran"')).toBe('"Wadi Hauran"');
  });

  it('cuts a 2,000-character query at a word boundary', () => {
    const term = searchTerm('caliphate '.repeat(200))!;
    expect(term.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(term.endsWith('caliphate')).toBe(true);
    expect(searchTerm('x'.repeat(2000))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('pagefindFilters', () => {
  const state = withFilter(withFilter(withFilter(emptySearchState(), 'type', 'source', true), 'type', 'briefing', true), 'year', '2024', true);

  it('combines values of one filter with OR and filters with AND', () => {
    expect(pagefindFilters(state.filters)).toEqual({ type: { any: ['source', 'briefing'] }, year: { any: ['2024'] } });
  });

  it('can leave one filter out, for that filter’s counts', () => {
    expect(pagefindFilters(state.filters, 'type')).toEqual({ year: { any: ['2024'] } });
  });
});

describe('pagefindSort', () => {
  it('sorts by date for newest and oldest, and by relevance only when there is a term', () => {
    expect(pagefindSort('newest', true)).toEqual({ date: 'desc' });
    expect(pagefindSort('oldest', false)).toEqual({ date: 'asc' });
    expect(pagefindSort('relevance', true)).toBeUndefined();
    expect(pagefindSort('relevance', false)).toEqual({ date: 'desc' });
  });
});

describe('planSearch', () => {
  it('is null with neither a term nor a filter', () => {
    expect(planSearch(emptySearchState())).toBeNull();
    expect(planSearch({ ...emptySearchState(), query: '  ' })).toBeNull();
  });

  it('browses by filters alone, newest first, with an extra search per selected filter', () => {
    const plan = planSearch(withFilter(emptySearchState(), 'publisher', 'Shafaq News', true))!;
    expect(plan.term).toBeNull();
    expect(plan.main).toEqual({ filters: { publisher: { any: ['Shafaq News'] } }, sort: { date: 'desc' } });
    expect(plan.facetSearches).toEqual([{ name: 'publisher', options: { filters: {} } }]);
  });

  it('searches a term by relevance without a sort', () => {
    const plan = planSearch({ ...emptySearchState(), query: 'Sahel' })!;
    expect(plan).toEqual({ term: 'Sahel', main: { filters: {} }, facetSearches: [] });
  });
});

describe('planFacetCounts', () => {
  const state = withFilter({ ...emptySearchState(), query: 'Sahel' }, 'type', 'source', true);

  it('asks for nothing while every filter is closed', () => {
    expect(planFacetCounts(state, new Set())).toBeNull();
  });

  it('names only the open filters, so only their chunks are fetched', () => {
    const plan = planFacetCounts({ ...emptySearchState(), query: 'Sahel' }, new Set(['topic']))!;
    expect(plan.term).toBe('Sahel');
    expect(plan.main.filters).toEqual({ topic: COUNT_ONLY });
    expect(plan.facetSearches).toEqual([]);
  });

  it('keeps the selections in the counting search, and counts an open filter with selections without them', () => {
    const plan = planFacetCounts(state, new Set(['type', 'year']))!;
    expect(plan.main.filters).toEqual({ type: { any: ['source'] }, year: COUNT_ONLY });
    expect(plan.facetSearches).toEqual([{ name: 'type', options: { filters: { type: COUNT_ONLY, year: COUNT_ONLY } } }]);
  });

  it('browses by filters alone when there is no term', () => {
    expect(planFacetCounts(emptySearchState(), new Set(['year']))).toEqual({ term: null, main: { filters: { year: COUNT_ONLY } }, facetSearches: [] });
  });
});
