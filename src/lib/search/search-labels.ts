import type { FilterName } from './search-state.ts';

export const FILTER_LABELS: Record<FilterName, string> = {
  type: 'Type',
  publisher: 'Publisher',
  region: 'Region',
  topic: 'Topic',
  year: 'Year',
};

const TYPE_LABELS: Record<string, { one: string; many: string }> = {
  briefing: { one: 'Briefing', many: 'Briefings' },
  source: { one: 'Source', many: 'Sources' },
  glossary: { one: 'Glossary', many: 'Glossary' },
  chart: { one: 'Chart', many: 'Charts' },
};

/** The badge on a result: "Source", "Briefing"; an unknown type is shown capitalised. */
export function documentTypeLabel(type: string): string {
  return TYPE_LABELS[type]?.one ?? type.charAt(0).toUpperCase() + type.slice(1);
}

/** A filter value as the filter list shows it: types in the plural ("Sources"), everything else as indexed. */
export function filterValueLabel(name: FilterName, value: string): string {
  if (name === 'type') return TYPE_LABELS[value]?.many ?? documentTypeLabel(value);
  return value;
}
