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
