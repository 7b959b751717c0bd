/** A quotation in an author's sentence: the text between “ ” or " ", without the marks. */
export interface Quotation {
  text: string;
  /** Offsets of the opening and (exclusive) closing mark in the searched text. */
  start: number;
  end: number;
}

const OPENERS = new Set(['“', '"']);

/**
 * Top-level quotations in a text, in order: “curly” or "straight" double quotes; single
 * quotes inside them belong to the quotation. An unclosed quotation runs to the end.
 */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  let open: { mark: string; start: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (!open) {
      if (OPENERS.has(char)) open = { mark: char, start: i };
    } else if ((open.mark === '“' && char === '”') || (open.mark === '"' && char === '"')) {
      quotations.push({ text: text.slice(open.start + 1, i), start: open.start, end: i + 1 });
      open = undefined;
    }
  }
  if (open) quotations.push({ text: text.slice(open.start + 1), start: open.start, end: text.length });
  return quotations;
}

/** Words whose full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|vs|etc|e\.g|i\.e|No|Nos|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/u;

/**
 * Where the sentence containing `position` starts: after the last . ! or ? that is
 * followed by whitespace and a capital, digit or opening quotation mark, lies outside a
 * quotation and does not end an abbreviation ("U.S.", "Mr."); or at `floor` (the end of
 * the previous citation).
 */
export function sentenceStart(text: string, position: number, floor = 0, quotations: readonly Quotation[] = findQuotations(text)): number {
  const inQuotation = (index: number) => quotations.some((quotation) => index > quotation.start && index < quotation.end - 1);
  for (let i = position - 1; i >= floor; i--) {
    const char = text[i] ?? '';
    if (!/[.!?]/u.test(char)) continue;
    // A sentence may end inside a quotation: “… far from over.” Then it ends after the closing mark.
    const closesQuotation = quotations.some((quotation) => quotation.end === i + 2);
    if (inQuotation(i) && !closesQuotation) continue;
    const end = closesQuotation ? i + 1 : i;
    const after = /^[\s\u00a0]+(.)/u.exec(text.slice(end + 1, end + 4));
    if (!after || !/[\p{Lu}\p{N}“"‘']/u.test(after[1] ?? '')) continue;
    if (char === '.' && !closesQuotation && ABBREVIATION.test(text.slice(Math.max(floor, i - 6), i + 1))) continue;
    return end + 1;
  }
  return floor;
}

/**
 * The quotations a citation vouches for: those in the same sentence, before it, and after
 * any earlier citation in that sentence.
 */
export function quotationsBefore(text: string, citationStart: number, floor: number): Quotation[] {
  const quotations = findQuotations(text);
  const start = sentenceStart(text, citationStart, floor, quotations);
  return quotations.filter((quotation) => quotation.start >= start && quotation.end <= citationStart);
}
