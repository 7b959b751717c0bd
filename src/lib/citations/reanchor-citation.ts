import { alignParagraphs, type ParagraphAlignment } from '../sources/align-versions.ts';
import { matchQuotation } from './match-quotation.ts';
import type { LibrarySource } from './source-library.ts';
import { findTextQuote, textQuoteSelector, type TextQuoteSelector } from './text-quote-selector.ts';

/**
 * What became of a citation of an older text of a source in its newer text:
 * - `unchanged`: the same words at the same paragraph numbers;
 * - `moved`: the same words at other numbers (a paragraph split: at several): the locator must change;
 * - `changed`: the words of paragraph `from` differ in the newer text; `after` is the passage that took their place, if any;
 * - `gone`: the newer text has nothing in the place of paragraph `from`.
 */
export type Reanchoring =
  | { status: 'unchanged' }
  | { status: 'moved'; from: number[]; to: number[] }
  | { status: 'changed'; from: number; before: string; after?: { paragraph: number; text: string }; quotation?: string }
  | { status: 'gone'; from: number; before: string };

/** A citation as re-anchoring needs it: the paragraphs its locator names (none without one) and the quotations it vouches for. */
export interface CitationToReanchor {
  paragraphs: readonly number[];
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

/** The selector of each of a citation's quotations found in the named older paragraphs, with the paragraph it was found in. */
function selectorsIn(quotations: readonly string[], from: LibrarySource, paragraphs: readonly number[]): { paragraph: number; selector: TextQuoteSelector }[] {
  const passages = paragraphs.flatMap((number) => from.paragraphs[number - 1] ?? []);
  return quotations.flatMap((quotation) => {
    const match = matchQuotation(quotation, passages);
    const paragraph = match?.passage.paragraph;
    return match && paragraph !== undefined ? [{ paragraph, selector: textQuoteSelector(match.passage.text, match.start, match.end) }] : [];
  });
}

/** Whether a quotation of the citation is in the named paragraphs of the newer text: it was written against that text. */
function writtenAgainst(to: LibrarySource, paragraphs: readonly number[], quotations: readonly string[]): boolean {
  const passages = paragraphs.flatMap((number) => to.paragraphs[number - 1] ?? []);
  return quotations.some((quotation) => matchQuotation(quotation, passages) !== undefined);
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

/**
 * Follows a citation written against `from` (an older text of a source) into `to` (its newer
 * text). A quotation it vouches for is followed itself: turned into a TextQuoteSelector in the
 * older paragraph that holds it and found again in the newer text (repeated passages told apart
 * by the words around them, then by the aligned paragraph). Each other paragraph of its locator
 * is followed through the paragraph alignment: an unchanged paragraph carries its citations
 * wherever it moved, a split one to all its parts. A citation none of whose quotations is in the
 * named older paragraphs but one is in the newer ones was written against the newer text and
 * stays as it is (quotations in neither are another item's, or fail verification anyway); so
 * does a citation without a locator, which the quotation matcher places in the newer text.
 */
export function reanchorCitation(citation: CitationToReanchor, from: LibrarySource, to: LibrarySource): Reanchoring {
  const named = [...new Set(citation.paragraphs)].filter((number) => from.paragraphs[number - 1] !== undefined);
  if (named.length === 0) return { status: 'unchanged' };
  const alignment = alignmentOf(from, to);
  const selectors = selectorsIn(citation.quotations, from, named);
  if (selectors.length === 0 && writtenAgainst(to, named, citation.quotations)) return { status: 'unchanged' };

  const found = new Set<number>();
  for (const { paragraph, selector } of selectors) {
    const fate = alignment.fates[paragraph - 1]!;
    const near = fate.kind === 'split' ? fate.to[0] : fate.kind === 'gone' ? paragraph : fate.to;
    const match = findTextQuote(selector, to.paragraphs, near) ?? matchQuotation(selector.exact, to.paragraphs);
    const number = match?.passage.paragraph;
    if (number === undefined) return lost(from, to, paragraph, selector.exact);
    found.add(number);
  }
  const quoted = new Set(selectors.map(({ paragraph }) => paragraph));
  for (const paragraph of named) {
    if (quoted.has(paragraph)) continue;
    const fate = alignment.fates[paragraph - 1]!;
    if (fate.kind === 'same' || fate.kind === 'within') found.add(fate.to);
    else if (fate.kind === 'split') for (const number of fate.to) found.add(number);
    else return lost(from, to, paragraph);
  }
  const now = [...found].sort((a, b) => a - b);
  const before = [...named].sort((a, b) => a - b);
  return now.length === before.length && now.every((number, index) => number === before[index]) ? { status: 'unchanged' } : { status: 'moved', from: before, to: now };
}
