import type { MatchablePassage } from './match-quotation.ts';
import { normalizeForMatch } from './normalize-for-match.ts';

/**
 * A W3C Web Annotation `TextQuoteSelector` (https://www.w3.org/TR/annotation-model/#text-quote-selector):
 * the quoted text exactly as the source has it, with the words just before and after it, so the
 * same words can be found again in a changed text and told apart from another occurrence.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters of context on each side: enough to tell repeated phrases apart, as annotation tools use. */
export const SELECTOR_CONTEXT = 32;

/** The selector of `text.slice(start, end)`, with up to `context` characters before and after it in the same passage. */
export function textQuoteSelector(text: string, start: number, end: number, context = SELECTOR_CONTEXT): TextQuoteSelector {
  return { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(end, end + context) };
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
