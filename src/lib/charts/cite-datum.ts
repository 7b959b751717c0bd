import { closestPassage } from '../citations/closest-passage.ts';
import { matchQuotation, toMatchablePassage } from '../citations/match-quotation.ts';
import type { SourceLibrary } from '../citations/source-library.ts';
import { formatPartialDate, isPartialDate, parsePartialDate } from '../dates/partial-date.ts';
import { routes } from '../routes.ts';
import { closestFirst } from '../text/closest.ts';
import type { ChartProblem } from './chart-problem.ts';
import type { DatumCitation } from './types.ts';

function shorten(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

type FieldProblem = Omit<ChartProblem, 'datum' | 'line'>;

/**
 * Verifies a datum's `source` and `quote` against the source library with the citation
 * matcher, and returns where the quote was found, or the problem: an unknown slug (with the
 * closest slugs) or a quote that is not in the source (with its closest passage).
 */
export function citeDatum(datum: { source: string; quote: string }, library: SourceLibrary): { citation: DatumCitation } | { problem: FieldProblem } {
  const source = library.get(datum.source);
  if (!source) {
    return {
      problem: {
        field: 'source',
        message: `unknown source "${datum.source}"; expected the slug of a file in content/sources/`,
        hint: `known sources, closest first: ${closestFirst(datum.source, library.slugs).join(', ')}`,
      },
    };
  }
  const match = matchQuotation(datum.quote, source.passages);
  if (!match) {
    const closest = closestPassage(datum.quote, source.passages);
    const where = closest ? (closest.passage.paragraph !== undefined ? `¶${closest.passage.paragraph}` : closest.passage.anchor) : undefined;
    return {
      problem: {
        field: 'quote',
        message: `quote not found in "${source.slug}":\n    “${shorten(datum.quote)}”${closest ? `\n  closest passage (${where}): “${shorten(closest.excerpt)}”` : ''}`,
        hint: 'the quote must be verbatim from one paragraph of the source: use … for words left out and [brackets] for words added; straight or curly quotes and dashes may differ.',
      },
    };
  }
  const { passage } = match;
  const published = parsePartialDate(source.published);
  return {
    citation: {
      slug: source.slug,
      anchor: passage.anchor,
      label: passage.paragraph !== undefined ? `¶${passage.paragraph}` : passage.anchor.replace(/^bio-\d+$/u, 'author bio').replace(/^note-(\d+)$/u, 'note $1'),
      path: routes.passage(source.slug, passage.anchor),
      publisher: source.publisher,
      citeAs: source.label,
      title: source.title,
      published: isPartialDate(published) ? formatPartialDate(published) : source.published,
      matched: passage.text.slice(match.start, match.end),
    },
  };
}

/** Checks that a short phrase (a stated figure) occurs in a quote, on word boundaries, typography-normalized; returns the text before it. */
export function findInQuote(phrase: string, quote: string): { before: string } | undefined {
  const match = matchQuotation(phrase, [toMatchablePassage({ anchor: 'quote', text: quote })]);
  return match ? { before: quote.slice(0, match.start) } : undefined;
}
