/**
 * What a search is — query, filters, order — and its form in the address bar, so a search can be
 * shared, bookmarked and reached again with Back. The URL is exactly what the search form
 * submits with GET (`?q=sahel&type=source&type=briefing&sort=newest`), so the page works the same
 * whether the form was submitted or the state was pushed by script.
 */

/** The filters, in the order the interface shows them. */
export const FILTER_NAMES = ['type', 'publisher', 'region', 'topic', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchState {
  /** As typed; `searchTerm()` normalises it for Pagefind. */
  query: string;
  /** Selected values per filter; values of one filter combine with OR, filters with AND. */
  filters: Record<FilterName, string[]>;
  sort: SortOrder;
}

/** Longest query kept from an address: enough for any real phrase, small enough that a pasted essay cannot stall the page. */
export const MAX_QUERY_LENGTH = 200;
/** Guards against hand-made addresses with thousands of values. */
const MAX_VALUES_PER_FILTER = 50;
const MAX_VALUE_LENGTH = 200;

export function emptySearchState(): SearchState {
  return { query: '', filters: { type: [], publisher: [], region: [], topic: [], year: [] }, sort: 'relevance' };
}

function isSortOrder(value: string): value is SortOrder {
  return (SORT_ORDERS as readonly string[]).includes(value);
}

/** Reads a state from a query string (`?q=…`) or its parameters; unknown parameters and malformed values are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptySearchState();
  state.query = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  for (const name of FILTER_NAMES) {
    const values: string[] = [];
    for (const raw of params.getAll(name)) {
      const value = raw.replace(/\s+/gu, ' ').trim();
      if (value === '' || value.length > MAX_VALUE_LENGTH || values.includes(value)) continue;
      values.push(value);
      if (values.length === MAX_VALUES_PER_FILTER) break;
    }
    state.filters[name] = values;
  }
  const sort = params.get('sort') ?? '';
  if (isSortOrder(sort)) state.sort = sort;
  return state;
}

/** The canonical query string (no leading "?"): query first, filters in display order with sorted values, the default order left out. */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  for (const name of FILTER_NAMES) {
    for (const value of [...state.filters[name]].sort()) params.append(name, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

/** `/search/` + the query string, or the bare path for an empty search. */
export function searchStateUrl(path: string, state: SearchState): string {
  const query = searchStateToQueryString(state);
  return query === '' ? path : `${path}?${query}`;
}

export function hasActiveFilters(state: SearchState): boolean {
  return FILTER_NAMES.some((name) => state.filters[name].length > 0);
}

/** A copy of `state` with `value` added to or removed from one filter. */
export function withFilter(state: SearchState, name: FilterName, value: string, selected: boolean): SearchState {
  const current = state.filters[name].filter((existing) => existing !== value);
  return { ...state, filters: { ...state.filters, [name]: selected ? [...current, value] : current } };
}

/** A copy of `state` with no filters. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...state, filters: emptySearchState().filters };
}

export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return searchStateToQueryString(a) === searchStateToQueryString(b);
}
