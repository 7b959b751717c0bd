import { normalizeForMatch, type NormalizedText } from './normalize-for-match.ts';
import { EDGE_END, EDGE_START, INSERTION_MAX_GAP, parseQuotation, type QuotationPattern } from './parse-quotation.ts';

/** A passage prepared once for matching: its text normalized, with the map back to the original. */
export interface MatchablePassage {
  anchor: string;
  /** What readers see: `¶3`, `author bio`, `note 2`. */
  label?: string;
  paragraph?: number;
  /** The passage as received. */
  text: string;
  normalized: NormalizedText;
}

export interface QuotationMatch {
  passage: MatchablePassage;
  /** The matched span in the passage as received (UTF-16 offsets, end exclusive): from the first fragment's start to the last fragment's end. */
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isBoundary(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index];
  return before === undefined || after === undefined || !WORD_CHAR.test(before) || !WORD_CHAR.test(after);
}

/** Every start index of `needle` in `haystack`, optionally accepting the other case for its first letter. */
function occurrences(haystack: string, needle: string, from: number, relaxFirstLetter: boolean): number[] {
  const variants = new Set([needle]);
  if (relaxFirstLetter && needle.length > 0) {
    const first = needle[0] ?? '';
    variants.add(first.toLowerCase() + needle.slice(1));
    variants.add(first.toUpperCase() + needle.slice(1));
  }
  const found: number[] = [];
  for (const variant of variants) {
    let index = haystack.indexOf(variant, from);
    while (index >= 0) {
      found.push(index);
      index = haystack.indexOf(variant, index + 1);
    }
  }
  return found.sort((a, b) => a - b);
}

/** Where the pattern occurs in one normalized passage, as normalized offsets, or undefined. */
function matchInText(text: string, pattern: QuotationPattern): { start: number; end: number } | undefined {
  const [first, ...rest] = pattern.fragments;
  if (!first) return undefined;
  const lastIndex = pattern.fragments.length - 1;
  const endOk = (fragmentIndex: number, end: number): boolean => {
    const next = pattern.fragments[fragmentIndex + 1];
    if (next?.gapBefore === 'insertion') return true;
    if (fragmentIndex === lastIndex && pattern.trailingInsertion) return true;
    return isBoundary(text, end);
  };

  for (const start of occurrences(text, first.text, 0, true)) {
    if (!pattern.leadingInsertion && !isBoundary(text, start)) continue;
    let position = start + first.text.length;
    if (!endOk(0, position)) continue;
    let matched = true;
    for (let i = 0; i < rest.length; i++) {
      const fragment = rest[i];
      if (!fragment) break;
      const fragmentIndex = i + 1;
      const candidates = occurrences(text, fragment.text, position, false).filter((index) => {
        if (fragment.gapBefore === 'insertion') return index - position <= INSERTION_MAX_GAP;
        return isBoundary(text, index);
      });
      const next = candidates.find((index) => endOk(fragmentIndex, index + fragment.text.length));
      if (next === undefined) {
        matched = false;
        break;
      }
      position = next + fragment.text.length;
    }
    if (matched) return { start, end: position };
  }
  return undefined;
}

/** Prepares a passage for matching. Do this once per passage, not once per quotation. */
export function toMatchablePassage(passage: { anchor: string; label?: string; paragraph?: number; text: string }): MatchablePassage {
  return { ...passage, normalized: normalizeForMatch(passage.text) };
}

/** The match grown over the edge punctuation the quotation had where the passage has the same (to highlight `Erbil.` for “… in Erbil.”). */
function withEdges(text: string, found: { start: number; end: number }, head: string, tail: string): { start: number; end: number } {
  let { start, end } = found;
  for (const char of tail.replace(/\s+/gu, '')) {
    if (text[end] !== char) break;
    end += 1;
  }
  for (const char of [...head.replace(/\s+/gu, '')].reverse()) {
    if (text[start - 1] !== char) break;
    start -= 1;
  }
  return { start, end };
}

/**
 * Finds a quotation in a list of passages (the paragraphs of one source), verbatim after
 * normalizing typography, accepting a changed case of its first letter, … or ... elisions
 * (the parts in order inside one passage) and [bracketed] editorial insertions. Punctuation
 * at either edge of the quotation (`,` `.` `;` `:` and closing quotation marks, inside or
 * outside the mark) is not part of the claim: "… is necessary," matches "… is necessary.".
 * Anything else must be verbatim: a quotation found only across two passages, with a word
 * changed, or ending "!" where the source has ".", does not match.
 * Returns the first passage that contains it, or undefined.
 */
export function matchQuotation(quotation: string, passages: readonly MatchablePassage[]): QuotationMatch | undefined {
  const normalized = normalizeForMatch(quotation).text;
  const head = EDGE_START.exec(normalized)?.[0] ?? '';
  const tail = head.length === normalized.length ? '' : (EDGE_END.exec(normalized)?.[0] ?? '');
  const pattern = parseQuotation(normalized.slice(head.length, normalized.length - tail.length));
  if (pattern.fragments.length === 0) return undefined;
  for (const passage of passages) {
    const found = matchInText(passage.normalized.text, pattern);
    if (found) {
      const { start, end } = withEdges(passage.normalized.text, found, head, tail);
      const { origin, originEnd } = passage.normalized;
      return { passage, start: origin[start] ?? 0, end: originEnd[end - 1] ?? passage.text.length };
    }
  }
  return undefined;
}
