import type { PagefindFilterExpression, PagefindSearchOptions } from './pagefind-types.ts';
import { FILTER_NAMES, MAX_QUERY_LENGTH, type FilterName, type SearchState, type SortOrder } from './search-state.ts';

/**
 * The term Pagefind is asked for: whitespace collapsed, cut to MAX_QUERY_LENGTH at a word
 * boundary; `null` when there is nothing to search for, which makes Pagefind browse by filters.
 */
export function searchTerm(query: string): string | null {
  let term = query.replace(/\s+/gu, ' ').trim();
  if (term.length > MAX_QUERY_LENGTH) {
    const cut = term.slice(0, MAX_QUERY_LENGTH);
    const lastSpace = cut.lastIndexOf(' ');
    term = (lastSpace > MAX_QUERY_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trim();
  }
  // A query of punctuation alone ("", "?!", "—") has no words for Pagefind to look up.
  return /[\p{L}\p{N}]/u.test(term) ? term : null;
}

/** Pagefind filters for the selected values: OR within a filter (`any`), AND across filters. `except` leaves one filter out. */
export function pagefindFilters(filters: SearchState['filters'], except?: FilterName): Record<string, PagefindFilterExpression> {
  const result: Record<string, PagefindFilterExpression> = {};
  for (const name of FILTER_NAMES) {
    if (name === except || filters[name].length === 0) continue;
    result[name] = { any: [...filters[name]] };
  }
  return result;
}

/** Relevance needs a term; browsing by filters alone lists the newest first. */
export function pagefindSort(sort: SortOrder, hasTerm: boolean): PagefindSearchOptions['sort'] {
  if (sort === 'newest' || (sort === 'relevance' && !hasTerm)) return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return undefined;
}

/**
 * A filter expression that excludes nothing (no value of an empty list). Naming a filter in a
 * search is what makes Pagefind 1.6 fetch that filter's chunk and count its values
 * (`request_filter_indexes` reads the names in the expression): this asks for one filter's
 * counts without loading the others, and without changing the results.
 */
export const COUNT_ONLY: PagefindFilterExpression = { none: [] };

export interface FacetCountPlan {
  term: string | null;
  /** The search whose `filters` give the counts of every open filter without selections (and whose `totalFilters` list their values). */
  main: PagefindSearchOptions;
  /** For each open filter with selections, the search without it, as in planSearch. */
  facetSearches: { name: FilterName; options: PagefindSearchOptions }[];
}

/**
 * The Pagefind calls that count the values of the filters a reader has opened, and of no
 * other: each filter's chunk (10–25 KB gzip on 5,000 pages) is fetched only once its list is
 * opened. `null` when no filter is open.
 */
export function planFacetCounts(state: SearchState, open: ReadonlySet<FilterName>): FacetCountPlan | null {
  const names = FILTER_NAMES.filter((name) => open.has(name));
  if (names.length === 0) return null;
  const counted = (filters: Record<string, PagefindFilterExpression>) => {
    const withCounts = { ...filters };
    for (const name of names) withCounts[name] ??= COUNT_ONLY;
    return withCounts;
  };
  return {
    term: searchTerm(state.query),
    main: { filters: counted(pagefindFilters(state.filters)) },
    facetSearches: names
      .filter((name) => state.filters[name].length > 0)
      .map((name) => ({ name, options: { filters: counted(pagefindFilters(state.filters, name)) } })),
  };
}

export interface SearchPlan {
  term: string | null;
  /** The search whose results are shown. */
  main: PagefindSearchOptions;
  /**
   * One extra search per filter with selected values, without that filter: its counts are what
   * each value of that filter would give, since values of one filter combine with OR.
   */
  facetSearches: { name: FilterName; options: PagefindSearchOptions }[];
}

/** The Pagefind calls a state needs; `null` when there is neither a term nor a filter (nothing to show). */
export function planSearch(state: SearchState): SearchPlan | null {
  const term = searchTerm(state.query);
  const active = FILTER_NAMES.filter((name) => state.filters[name].length > 0);
  if (term === null && active.length === 0) return null;
  const sort = pagefindSort(state.sort, term !== null);
  const withSort = (options: PagefindSearchOptions): PagefindSearchOptions => (sort ? { ...options, sort } : options);
  return {
    term,
    main: withSort({ filters: pagefindFilters(state.filters) }),
    facetSearches: active.map((name) => ({ name, options: { filters: pagefindFilters(state.filters, name) } })),
  };
}
