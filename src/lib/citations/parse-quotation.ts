/**
 * A quotation as an author wrote it, split into the fragments that must appear in the
 * source, in order, inside one paragraph.
 */
export interface QuotationPattern {
  fragments: QuotationFragment[];
  /** The quotation opens with a [bracketed] insertion ("[T]he problem …"): its first fragment may start mid-word. */
  leadingInsertion: boolean;
  /** The quotation ends with a [bracketed] insertion ("… work[ed]"): its last fragment may end mid-word. */
  trailingInsertion: boolean;
}

export interface QuotationFragment {
  /** Normalized text that must appear verbatim. */
  text: string;
  /**
   * What separates it from the fragment before: nothing (the first fragment), an elision
   * (… or ...: any amount of the paragraph left out) or a [bracketed] insertion (editorial
   * words standing for at most INSERTION_MAX_GAP characters of the original).
   */
  gapBefore: 'none' | 'elision' | 'insertion';
}

/** Punctuation (and quotation marks, normalized to ') that may stand at either edge of a quoted stretch or not. */
export const EDGE_START = /^[\s,.;:']+/u;
export const EDGE_END = /[\s,.;:']+$/u;

/** Most characters of the original a [bracketed] insertion may stand in for. */
export const INSERTION_MAX_GAP = 60;

type Token = { kind: 'text'; text: string } | { kind: 'elision' } | { kind: 'insertion' };

function tokenize(normalizedQuote: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\.\s?\.\s?\.|\[[^\]]*\]/gu;
  let last = 0;
  for (const match of normalizedQuote.matchAll(pattern)) {
    if (match.index > last) tokens.push({ kind: 'text', text: normalizedQuote.slice(last, match.index) });
    tokens.push(match[0].startsWith('[') ? { kind: 'insertion' } : { kind: 'elision' });
    last = match.index + match[0].length;
  }
  if (last < normalizedQuote.length) tokens.push({ kind: 'text', text: normalizedQuote.slice(last) });
  return tokens;
}

/**
 * Splits an already-normalized quotation at elisions and bracketed insertions.
 * `[T]he problem is ... a formula` → "he problem is" (opening insertion), then after an elision "a formula".
 */
export function parseQuotation(normalizedQuote: string): QuotationPattern {
  const tokens = tokenize(normalizedQuote);
  const fragments: QuotationFragment[] = [];
  let gap: QuotationFragment['gapBefore'] = 'none';
  let leadingInsertion = false;
  let trailingInsertion = false;
  tokens.forEach((token, index) => {
    if (token.kind === 'text') {
      // Punctuation next to an elision is not part of the claim: "… is necessary, … and" quotes
      // "… is necessary. Then … and". (At the quotation's own edges, see matchQuotation.)
      let text = token.text.trim();
      const next = tokens[index + 1];
      if (gap === 'elision') text = text.replace(EDGE_START, '');
      if (next?.kind === 'elision') text = text.replace(EDGE_END, '');
      if (text === '' || /^[\s.,;:!?'"-]*$/u.test(text)) return;
      fragments.push({ text, gapBefore: fragments.length === 0 ? 'none' : gap });
      gap = 'none';
      trailingInsertion = false;
    } else if (token.kind === 'elision') {
      gap = 'elision';
      trailingInsertion = false;
    } else {
      if (fragments.length === 0) leadingInsertion = true;
      if (gap !== 'elision') gap = 'insertion';
      trailingInsertion = true;
    }
  });
  return { fragments, leadingInsertion, trailingInsertion };
}
