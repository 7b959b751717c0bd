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
