import type { PagefindFilterCounts } from './pagefind-types.ts';
import { FILTER_LABELS, filterValueLabel } from './search-labels.ts';
import { FILTER_NAMES, type FilterName, type SearchState } from './search-state.ts';

export interface FacetOption {
  value: string;
  label: string;
  /** Results this value gives with the other selections as they are. */
  count: number;
  selected: boolean;
}

export interface FacetGroup {
  name: FilterName;
  label: string;
  options: FacetOption[];
}

export interface FacetGroupsInput {
  /** Every value in the index (`pagefind.filters()`), so a value missing from the current counts is still known. */
  all: PagefindFilterCounts;
  /** Counts to show, per filter (from the main search, or for a filter with selections, from the search without it). */
  counts: Partial<Record<FilterName, Record<string, number>>>;
  selected: SearchState['filters'];
}

function compareOptions(name: FilterName): (a: FacetOption, b: FacetOption) => number {
  if (name === 'year') return (a, b) => b.value.localeCompare(a.value);
  return (a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) || a.value.localeCompare(b.value);
}

/**
 * The filter lists to show. A value that would leave no results is left out unless it is
 * selected (so it can be cleared); a filter with nothing to offer is left out altogether.
 * Years run newest first, everything else alphabetically.
 */
export function facetGroups(input: FacetGroupsInput): FacetGroup[] {
  const groups: FacetGroup[] = [];
  for (const name of FILTER_NAMES) {
    const values = new Set([...Object.keys(input.all[name] ?? {}), ...input.selected[name]]);
    const options: FacetOption[] = [];
    for (const value of values) {
      const count = input.counts[name]?.[value] ?? 0;
      const selected = input.selected[name].includes(value);
      if (count > 0 || selected) options.push({ value, label: filterValueLabel(name, value), count, selected });
    }
    if (options.length > 0) groups.push({ name, label: FILTER_LABELS[name], options: options.sort(compareOptions(name)) });
  }
  return groups;
}
