import { formatPartialDate, isoPartialDate, isPartialDate, parsePartialDate, partialDateSortKey, type PartialDate } from '../dates/partial-date.ts';

/** A source's publication date at its precision, ready for display. Assumes frontmatter already validated. */
export interface SourceDate {
  date: PartialDate;
  /** "31 March 2024", "September 2025". */
  label: string;
  /** For `<time datetime>`. */
  iso: string;
  /** For sorting, newest first: larger is later. */
  sortKey: number;
}

export function sourceDate(published: string): SourceDate {
  const parsed = parsePartialDate(published);
  if (!isPartialDate(parsed)) throw new Error(parsed.error);
  return { date: parsed, label: formatPartialDate(parsed), iso: isoPartialDate(parsed), sortKey: partialDateSortKey(parsed) };
}

/** "Christopher P. Costa and Colin P. Clarke"; three or more with commas; "" for none. */
export function formatAuthors(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  if (authors.length === 2) return `${authors[0]} and ${authors[1]}`;
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}
