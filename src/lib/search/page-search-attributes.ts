/**
 * The Pagefind attributes a source or briefing page carries: filters (type, publisher,
 * region, topic, year), metadata shown with a result (type, publisher, authors, date) and
 * the `date` sort. Each becomes one empty element with an inline value
 * (`<span data-pagefind-filter="region:Iraq">`), because Pagefind reads only one inline
 * value per attribute and takes everything after the first colon as the value, commas included.
 */
export type SearchDocumentType = 'briefing' | 'source' | 'glossary' | 'chart';

export interface PageSearchFacts {
  type: SearchDocumentType;
  /** Sources only: briefings are ours and have no publisher facet. */
  publisher?: string | undefined;
  authors: readonly string[];
  regions: readonly string[];
  topics: readonly string[];
  /** The publication date as written, at its precision: `2025`, `2025-09` or `2025-11-20`; none for reference pages (glossary, charts). */
  published?: string | undefined;
}

export type PagefindAttribute = 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';

export interface SearchAttribute {
  attribute: PagefindAttribute;
  /** `name:value`. */
  value: string;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u;

/**
 * The date sort key of an undated page. Pagefind leaves a page without the sort key out of every
 * result sorted by it, and browsing by filters sorts by date, so undated pages get the earliest
 * key: they list after everything dated, newest first.
 */
export const UNDATED_SORT_KEY = '0000-01-01';

/** `2025-09` → `2025-09-01`: the earliest day the date can denote, so sorting by it matches the source library's order. */
export function sortableDay(published: string): string {
  const match = DATE_PATTERN.exec(published);
  if (!match) throw new Error(`Expected a date as YYYY, YYYY-MM or YYYY-MM-DD for the search index, got "${published}".`);
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}

export function pageSearchAttributes(facts: PageSearchFacts): SearchAttribute[] {
  const day = facts.published === undefined ? undefined : sortableDay(facts.published);
  const attributes: SearchAttribute[] = [];
  const add = (attribute: PagefindAttribute, name: string, value: string) => {
    const clean = value.replace(/\s+/gu, ' ').trim();
    if (clean !== '') attributes.push({ attribute, value: `${name}:${clean}` });
  };
  add('data-pagefind-filter', 'type', facts.type);
  if (facts.publisher) add('data-pagefind-filter', 'publisher', facts.publisher);
  for (const region of new Set(facts.regions)) add('data-pagefind-filter', 'region', region);
  for (const topic of new Set(facts.topics)) add('data-pagefind-filter', 'topic', topic);
  if (day) add('data-pagefind-filter', 'year', day.slice(0, 4));
  add('data-pagefind-meta', 'type', facts.type);
  if (facts.publisher) add('data-pagefind-meta', 'publisher', facts.publisher);
  if (facts.authors.length > 0) add('data-pagefind-meta', 'authors', facts.authors.join(', '));
  if (facts.published) add('data-pagefind-meta', 'date', facts.published);
  add('data-pagefind-sort', 'date', day ?? UNDATED_SORT_KEY);
  return attributes;
}
