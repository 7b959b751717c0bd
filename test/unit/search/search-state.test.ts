import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  emptySearchState,
  hasActiveFilters,
  parseSearchState,
  sameSearchState,
  searchStateToQueryString,
  searchStateUrl,
  withFilter,
  withoutFilters,
} from '../../../src/lib/search/search-state.ts';

describe('parseSearchState', () => {
  it('reads the query, repeated filter values and the order, as the search form submits them', () => {
    const state = parseSearchState('?q=Sahel&type=source&type=briefing&publisher=Shafaq+News&sort=newest');
    expect(state.query).toBe('Sahel');
    expect(state.filters.type).toEqual(['source', 'briefing']);
    expect(state.filters.publisher).toEqual(['Shafaq News']);
    expect(state.filters.region).toEqual([]);
    expect(state.sort).toBe('newest');
  });

  it('gives the empty state for an empty address', () => {
    expect(parseSearchState('')).toEqual(emptySearchState());
  });

  it('ignores unknown parameters, an unknown order, empty and repeated values', () => {
    const state = parseSearchState('utm=x&sort=random&region=&region=Iraq&region=Iraq&region=%20%20Syria%20');
    expect(state.sort).toBe('relevance');
    expect(state.filters.region).toEqual(['Iraq', 'Syria']);
  });

  it('keeps odd characters in the query as typed', () => {
    const params = new URLSearchParams();
    params.set('q', '"ISIS-K" & <script>?');
    expect(parseSearchState(params).query).toBe('"ISIS-K" & <script>?');
  });

  it('cuts a very long query and caps the number of values a hand-made address can carry', () => {
    const params = new URLSearchParams();
    params.set('q', 'a'.repeat(2000));
    for (let i = 0; i < 500; i++) params.append('topic', `t${i}`);
    params.append('year', 'x'.repeat(5000));
    const state = parseSearchState(params);
    expect(state.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(state.filters.topic).toHaveLength(50);
    expect(state.filters.year).toEqual([]);
  });
});

describe('searchStateToQueryString', () => {
  it('writes a canonical address: query, filters in display order with sorted values, default order left out', () => {
    const state = parseSearchState('year=2025&type=source&q=Wadi+Hauran&type=briefing&sort=relevance');
    expect(searchStateToQueryString(state)).toBe('q=Wadi+Hauran&type=briefing&type=source&year=2025');
  });

  it('round-trips through parseSearchState', () => {
    const state = withFilter({ ...emptySearchState(), query: 'Rutte', sort: 'oldest' }, 'publisher', 'The New York Times', true);
    expect(parseSearchState(searchStateToQueryString(state))).toEqual(state);
  });

  it('is empty for the empty state and leaves out a blank query', () => {
    expect(searchStateToQueryString(emptySearchState())).toBe('');
    expect(searchStateToQueryString({ ...emptySearchState(), query: '   ' })).toBe('');
  });
});

describe('searchStateUrl', () => {
  it('appends the query string to the search page path, under a base path too', () => {
    expect(searchStateUrl('/search/', emptySearchState())).toBe('/search/');
    expect(searchStateUrl('/briefings-site/search/', { ...emptySearchState(), query: 'ISIS-K' })).toBe('/briefings-site/search/?q=ISIS-K');
  });
});

describe('filter edits', () => {
  it('adds and removes one value without touching the others or the original state', () => {
    const start = emptySearchState();
    const one = withFilter(start, 'type', 'source', true);
    const two = withFilter(one, 'type', 'briefing', true);
    expect(two.filters.type).toEqual(['source', 'briefing']);
    expect(withFilter(two, 'type', 'source', false).filters.type).toEqual(['briefing']);
    expect(start.filters.type).toEqual([]);
    expect(withFilter(one, 'type', 'source', true).filters.type).toEqual(['source']);
  });

  it('knows when filters are active, and clears them all', () => {
    const state = withFilter({ ...emptySearchState(), query: 'x' }, 'year', '2024', true);
    expect(hasActiveFilters(state)).toBe(true);
    expect(hasActiveFilters(withoutFilters(state))).toBe(false);
    expect(withoutFilters(state).query).toBe('x');
  });

  it('compares states by their canonical address', () => {
    const a = withFilter(withFilter(emptySearchState(), 'type', 'source', true), 'type', 'briefing', true);
    const b = withFilter(withFilter(emptySearchState(), 'type', 'briefing', true), 'type', 'source', true);
    expect(sameSearchState(a, b)).toBe(true);
    expect(sameSearchState(a, withFilter(a, 'year', '2025', true))).toBe(false);
  });
});
