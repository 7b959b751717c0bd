import { parseCitations } from '../citations/parse-citations.ts';
import { editDistance } from '../text/edit-distance.ts';
import { wordDiff } from './word-diff.ts';

/**
 * What a revision did to the prose, as the changes page labels it:
 * - `citations`: only citations changed (a locator, a source added to a bracket);
 * - `typo`: only words changed, each into a word at most two edits away, and no citation;
 * - `edit`: anything else that changed the words readers see;
 * - `none`: the words readers see are the same (frontmatter tags, imports, line breaks).
 */
export type RevisionKind = 'citations' | 'typo' | 'edit' | 'none';

/** Most edits a changed word may take to count as a typo fix. */
export const TYPO_MAX_EDITS = 2;

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The citations of a text (and what reads as one but cannot be), as spans, in order. */
function citationSpans(text: string): { start: number; end: number }[] {
  const { citations, errors } = parseCitations(text);
  return [...citations, ...errors].sort((a, b) => a.start - b.start);
}

/** The citations of a text, as written, in order. */
function citationsIn(text: string): string[] {
  return citationSpans(text).map((citation) => squash(text.slice(citation.start, citation.end)));
}

/** The text without its citations (and the space before each). */
function withoutCitations(text: string): string {
  let result = '';
  let last = 0;
  for (const citation of citationSpans(text)) {
    result += text.slice(last, citation.start).replace(/\s+$/u, '');
    last = citation.end;
  }
  return squash(result + text.slice(last));
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

/** Whether every change between two texts replaces words with words at most TYPO_MAX_EDITS edits away. */
function onlyTypos(before: string, after: string): boolean {
  const parts = wordDiff(before, after);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.kind === 'same') continue;
    const next = parts[i + 1];
    if (part.kind !== 'removed' || next?.kind !== 'added') return false;
    const old = words(part.text);
    const now = words(next.text);
    if (old.length !== now.length || old.length === 0) return false;
    if (old.some((word, k) => editDistance(word, now[k] ?? '', TYPO_MAX_EDITS) > TYPO_MAX_EDITS)) return false;
    i += 1;
  }
  return true;
}

/** Classifies the change from one version of a text to the next. */
export function classifyRevision(before: string, after: string): RevisionKind {
  const citationsChanged = citationsIn(before).join('\n') !== citationsIn(after).join('\n');
  const plainBefore = withoutCitations(before);
  const plainAfter = withoutCitations(after);
  if (plainBefore === plainAfter) return citationsChanged ? 'citations' : 'none';
  if (!citationsChanged && onlyTypos(plainBefore, plainAfter)) return 'typo';
  return 'edit';
}
