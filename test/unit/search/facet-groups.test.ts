import { describe, expect, it } from 'vitest';
import { facetGroups } from '../../../src/lib/search/facet-groups.ts';
import { emptySearchState, withFilter } from '../../../src/lib/search/search-state.ts';

const all = {
  type: { source: 5, briefing: 1 },
  publisher: { 'The New York Times': 1, Archyde: 1, 'Shafaq News': 1 },
  year: { '2019': 1, '2025': 3, '2024': 2 },
  region: {},
};

describe('facetGroups', () => {
  it('shows every filter with values in display order: types plural, years newest first, the rest alphabetically', () => {
    const groups = facetGroups({ all, counts: all, selected: emptySearchState().filters });
    expect(groups.map((group) => group.label)).toEqual(['Type', 'Publisher', 'Year']);
    expect(groups[0]!.options.map((option) => `${option.label} (${option.count})`)).toEqual(['Briefings (1)', 'Sources (5)']);
    expect(groups[1]!.options.map((option) => option.value)).toEqual(['Archyde', 'Shafaq News', 'The New York Times']);
    expect(groups[2]!.options.map((option) => option.value)).toEqual(['2025', '2024', '2019']);
  });

  it('hides values that would leave no results, but keeps a selected one so it can be cleared', () => {
    const selected = withFilter(emptySearchState(), 'publisher', 'Archyde', true).filters;
    const groups = facetGroups({ all, counts: { type: { source: 2, briefing: 0 }, publisher: { Archyde: 0, 'Shafaq News': 1 }, year: { '2025': 0 } }, selected });
    expect(groups.map((group) => group.name)).toEqual(['type', 'publisher']);
    expect(groups[0]!.options.map((option) => option.value)).toEqual(['source']);
    expect(groups[1]!.options).toEqual([
      { value: 'Archyde', label: 'Archyde', count: 0, selected: true },
      { value: 'Shafaq News', label: 'Shafaq News', count: 1, selected: false },
    ]);
  });

  it('keeps a selected value from the address that the index does not know', () => {
    const selected = withFilter(emptySearchState(), 'region', 'Atlantis', true).filters;
    const groups = facetGroups({ all, counts: {}, selected });
    expect(groups).toEqual([{ name: 'region', label: 'Region', options: [{ value: 'Atlantis', label: 'Atlantis', count: 0, selected: true }] }]);
  });
});
