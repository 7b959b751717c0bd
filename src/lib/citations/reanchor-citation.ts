import { alignParagraphs, type ParagraphAlignment } from '../sources/align-versions.ts';
import { matchQuotation } from './match-quotation.ts';
import type { LibrarySource } from './source-library.ts';
import { findTextQuote, textQuoteSelector, type TextQuoteSelector } from './text-quote-selector.ts';

/**
 * What became of a citation of an older text of a source in its newer text:
 * - `unchanged`: the same words at the same paragraph number;
 * - `moved`: the same words at another number (or, split, at several): the locator must change;
 * - `changed`: the cited words differ in the newer text; `after` is the passage that took their place, if any;
 * - `gone`: the newer text has nothing in their place.
 */
export type Reanchoring =
  | { status: 'unchanged' }
  | { status: 'moved'; from: number; to: number[] }
  | { status: 'changed'; from: number; before: string; after?: { paragraph: number; text: string }; quotation?: string }
  | { status: 'gone'; from: number; before: string };

/** A citation as re-anchoring needs it: the paragraph it names (if any) and the quotations it vouches for. */
export interface CitationToReanchor {
  paragraph?: number | undefined;
  quotations: readonly string[];
}

const alignments = new WeakMap<LibrarySource, WeakMap<LibrarySource, ParagraphAlignment>>();

/** The paragraph alignment of two texts of a source, computed once per pair. */
export function alignmentOf(from: LibrarySource, to: LibrarySource): ParagraphAlignment {
  let byTarget = alignments.get(from);
  if (!byTarget) alignments.set(from, (byTarget = new WeakMap()));
  let alignment = byTarget.get(to);
  if (!alignment) {
    alignment = alignParagraphs(from.paragraphs.map((p) => p.text), to.paragraphs.map((p) => p.text));
    byTarget.set(to, alignment);
  }
  return alignment;
}

/** The selector of each of a citation's quotations found in the older paragraph. */
function selectorsIn(quotations: readonly string[], from: LibrarySource, paragraph: number): TextQuoteSelector[] {
  const passage = from.paragraphs[paragraph - 1];
  if (!passage) return [];
  return quotations.flatMap((quotation) => {
    const match = matchQuotation(quotation, [passage]);
    return match ? [textQuoteSelector(passage.text, match.start, match.end)] : [];
  });
}

function counterpart(from: LibrarySource, to: LibrarySource, paragraph: number): { paragraph: number; text: string } | undefined {
  const fate = alignmentOf(from, to).fates[paragraph - 1];
  const number = fate?.kind === 'split' ? fate.to[0] : fate && fate.kind !== 'gone' ? fate.to : undefined;
  const passage = number !== undefined ? to.paragraphs[number - 1] : undefined;
  return number !== undefined && passage ? { paragraph: number, text: passage.text } : undefined;
}

function lost(from: LibrarySource, to: LibrarySource, paragraph: number, quotation?: string): Reanchoring {
  const before = from.paragraphs[paragraph - 1]?.text ?? '';
  const fate = alignmentOf(from, to).fates[paragraph - 1];
  if (!fate || fate.kind === 'gone') return { status: 'gone', from: paragraph, before };
  const after = counterpart(from, to, paragraph);
  return { status: 'changed', from: paragraph, before, ...(after ? { after } : {}), ...(quotation !== undefined ? { quotation } : {}) };
}

function placed(from: number, to: number[]): Reanchoring {
  return to.length === 1 && to[0] === from ? { status: 'unchanged' } : { status: 'moved', from, to };
}

/**
 * Follows a citation written against `from` (an older text of a source) into `to` (its newer
 * text). A citation with quotations follows them: each is turned into a TextQuoteSelector in the
 * older paragraph and found again in the newer text (repeated passages told apart by the words
 * around them, then by the aligned paragraph). A citation with a locator only follows its
 * paragraph through the paragraph alignment: an unchanged paragraph carries its citations
 * wherever it moved. Quotations that are not in the older paragraph were written against the
 * newer text and leave the citation as it is; so does a citation without a locator.
 */
export function reanchorCitation(citation: CitationToReanchor, from: LibrarySource, to: LibrarySource): Reanchoring {
  const { paragraph } = citation;
  if (paragraph === undefined || !from.paragraphs[paragraph - 1]) return { status: 'unchanged' };
  const alignment = alignmentOf(from, to);
  const fate = alignment.fates[paragraph - 1]!;
  const selectors = selectorsIn(citation.quotations, from, paragraph);
  if (citation.quotations.length > 0 && selectors.length === 0) return { status: 'unchanged' };

  if (selectors.length > 0) {
    const near = fate.kind === 'split' ? fate.to[0] : fate.kind === 'gone' ? paragraph : fate.to;
    const found = new Set<number>();
    for (const selector of selectors) {
      const match = findTextQuote(selector, to.paragraphs, near) ?? matchQuotation(selector.exact, to.paragraphs);
      const number = match?.passage.paragraph;
      if (number === undefined) return lost(from, to, paragraph, selector.exact);
      found.add(number);
    }
    // Quotations now in different paragraphs: the citation needs each of them.
    return placed(paragraph, [...found].sort((a, b) => a - b));
  }

  switch (fate.kind) {
    case 'same':
    case 'within':
      return placed(paragraph, [fate.to]);
    case 'split':
      return placed(paragraph, fate.to);
    default:
      return lost(from, to, paragraph);
  }
}
