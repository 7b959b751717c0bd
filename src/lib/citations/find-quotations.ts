/** A quotation in an author's sentence: the text between “ ” or " " (or ‘ ’ or ' '), without the marks. */
export interface Quotation {
  text: string;
  /** Offsets of the opening and (exclusive) closing mark in the searched text. */
  start: number;
  end: number;
}

/** What may stand just before an opening mark: nothing, a space, an opening bracket or dash, another opening mark. */
const BEFORE_OPENING = /[\s([{\u2014\u2013\-/“"‘'\uFFFC]/u;
/** What may stand just after a closing single mark: nothing, a space, punctuation, another closing mark. */
const AFTER_CLOSING = /[\s.,;:!?)\]}\u2014\u2013\-”"’'\uFFFC]/u;

interface Open {
  mark: 'double' | 'single';
  start: number;
}

/**
 * Top-level quotations in a text, in order, each with whatever it quotes inside it
 * (`"they called it ‘a threat’"` is one quotation). Double marks (“ ” or ") always quote; an
 * unclosed double quotation runs to the end. A single mark (‘ ’ or ') quotes only where it
 * stands as a quotation mark and not as an apostrophe, which is told by position: an opening
 * mark follows a space (or a bracket, a dash, the start) and comes before a word; a closing one
 * follows a word and comes before a space or punctuation. So `don't`, `ISIS's` and `’90s` are
 * apostrophes, and a single quotation never closed is not a quotation. (A plural possessive
 * inside a single-quoted quotation, `'the groups' leaders'`, ends it early: quote such a
 * passage in double marks.)
 */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  const stack: Open[] = [];
  const close = (index: number, end: number) => {
    const open = stack[index];
    stack.length = index;
    if (open && index === 0) quotations.push({ text: text.slice(open.start + 1, end - 1), start: open.start, end });
  };
  const innermost = (mark: Open['mark']) => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.mark === mark) return i;
    return -1;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    const before = text[i - 1];
    const after = text[i + 1];
    const opening = (before === undefined || BEFORE_OPENING.test(before)) && after !== undefined && !/\s/u.test(after);
    const closing = before !== undefined && !/\s/u.test(before) && (after === undefined || AFTER_CLOSING.test(after));
    if (char === '“') stack.push({ mark: 'double', start: i });
    else if (char === '”') {
      const index = innermost('double');
      if (index >= 0) close(index, i + 1);
    } else if (char === '"') {
      const index = innermost('double');
      // A straight mark closes an open double quotation, unless it plainly opens a nested one.
      if (index >= 0 && !(opening && !closing && stack.at(-1)?.mark === 'single')) close(index, i + 1);
      else stack.push({ mark: 'double', start: i });
    } else if (char === '‘' || char === '’' || char === "'") {
      const index = innermost('single');
      if (char !== '‘' && closing && index >= 0) close(index, i + 1);
      else if (char !== '’' && opening && !/\d/u.test(after ?? '')) stack.push({ mark: 'single', start: i });
    }
  }
  // An unclosed double quotation runs to the end; an unclosed single mark was an apostrophe.
  const open = stack.findIndex((entry) => entry.mark === 'double');
  if (open === 0) {
    const first = stack[0];
    if (first) quotations.push({ text: text.slice(first.start + 1), start: first.start, end: text.length });
  }
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
