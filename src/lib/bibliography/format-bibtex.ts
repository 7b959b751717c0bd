import { withCitationJs } from './citation-js.ts';
import type { CslItem } from '../sources/csl-json.ts';

/**
 * CSL-JSON items as BibTeX entries, keyed by their `citation-key` (our slug), non-ASCII
 * characters written as LaTeX commands so classic BibTeX reads them too. Dates keep their
 * precision: a month-precise source has `year` and `month` and no day.
 */
export function formatBibtex(items: readonly CslItem[]): string {
  if (items.length === 0) return '';
  return `${withCitationJs('BibTeX', items, (cite) => String(cite.format('bibtex', { format: 'text' }))).trim()}\n`;
}
