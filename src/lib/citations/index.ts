/**
 * The citation library: one matcher and one resolver for everything that cites, briefings'
 * prose (src/plugins/remark-citations.ts) and chart data alike.
 */
export { normalizeForMatch, type NormalizedText } from './normalize-for-match.ts';
export { parseQuotation, INSERTION_MAX_GAP, type QuotationPattern, type QuotationFragment } from './parse-quotation.ts';
export { matchQuotation, toMatchablePassage, type MatchablePassage, type QuotationMatch } from './match-quotation.ts';
export { closestPassage, type ClosestPassage } from './closest-passage.ts';
export { parseCitations, type CitationBracket, type CitationItem, type CitationSyntaxError } from './parse-citations.ts';
export { findQuotations, quotationsBefore, sentenceStart, type Quotation } from './find-quotations.ts';
export { createSourceLibrary, type CitedSourceFacts, type LibrarySource, type SourceLibrary } from './source-library.ts';
export { readSourceLibrary } from './read-source-library.ts';
export { resolveCitation, type CitationProblem, type ResolvedCitation, type ResolvedItem } from './resolve-citation.ts';
export { formatCitationProblem } from './format-problem.ts';
export { textFragment } from './text-fragment.ts';
export { emptyCitations, type BriefingCitations, type CitationLinkRecord, type CitationCardRecord } from './citation-record.ts';
export { indexCitationsBySource, citedParagraphs, groupBacklinks, type Backlink, type CitingBriefing, type SourceCitations } from './index-citations.ts';
export { citationLabel } from './citation-label.ts';
export { renderCitationCards, type CitationCardView } from './render-citation-cards.ts';
