import type { MatchablePassage } from './match-quotation.ts';
import { normalizeForMatch } from './normalize-for-match.ts';

/**
 * A W3C Web Annotation `TextQuoteSelector` (https://www.w3.org/TR/annotation-model/#text-quote-selector):
 * the quoted text and the text around it, enough to find it again in the source.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** How much context a selector carries on each side, in characters (as Hypothesis and most annotation tools use). */
export const SELECTOR_CONTEXT = 32;

/** Moves an offset off the second half of a surrogate pair, so no selector splits a character. */
function onCharacter(text: string, offset: number, direction: -1 | 1): number {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff ? offset + (direction === -1 ? -1 : 1) : offset;
}

/**
 * The selector of `text.slice(start, end)` in a passage: the exact quotation and up to
 * `context` characters before and after it, within the passage.
 */
export function textQuoteSelector(text: string, start: number, end: number, context = SELECTOR_CONTEXT): TextQuoteSelector {
  if (start < 0 || end > text.length || start > end) throw new RangeError(`quotation span ${start}–${end} is outside a passage of ${text.length} characters`);
  const prefixStart = onCharacter(text, Math.max(0, start - context), 1);
  const suffixEnd = onCharacter(text, Math.min(text.length, end + context), -1);
  return { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

/** Where a selector was found: the passage and the span of its exact text, as received. */
export interface SelectorMatch {
  passage: MatchablePassage;
  start: number;
  end: number;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds a selector's exact text in passages (typography normalized, as quotations are matched).
 * Where it occurs more than once, the occurrence whose surrounding text agrees best with the
 * prefix and suffix wins; on a tie, the one in the passage nearest `near` (a paragraph number),
 * then the first. Undefined when the exact text is nowhere.
 */
export function findTextQuote(selector: TextQuoteSelector, passages: readonly MatchablePassage[], near?: number): SelectorMatch | undefined {
  const exact = normalizeForMatch(selector.exact).text;
  if (!exact) return undefined;
  const prefix = normalizeForMatch(selector.prefix).text;
  const suffix = normalizeForMatch(selector.suffix).text;
  let best: { match: SelectorMatch; score: number; distance: number } | undefined;
  for (const passage of passages) {
    const { text, origin } = passage.normalized;
    for (let index = text.indexOf(exact); index >= 0; index = text.indexOf(exact, index + 1)) {
      const score = commonSuffixLength(text.slice(0, index), prefix) + commonPrefixLength(text.slice(index + exact.length), suffix);
      const distance = near !== undefined && passage.paragraph !== undefined ? Math.abs(passage.paragraph - near) : 0;
      if (!best || score > best.score || (score === best.score && distance < best.distance)) {
        best = { match: { passage, start: origin[index] ?? 0, end: (origin[index + exact.length - 1] ?? 0) + 1 }, score, distance };
      }
    }
  }
  return best?.match;
}
