/** A quotation in an author's sentence: the text between “ ”, " ", « », „ “ or ＂ ＂ (or ‘ ’ or ' '), without the marks. */
export interface Quotation {
  text: string;
  /** Offsets of the opening and (exclusive) closing mark in the searched text. */
  start: number;
  end: number;
}

/** What may stand just before an opening mark: nothing, a space, an opening bracket or dash, another opening mark. */
const BEFORE_OPENING = /[\s([{\u2014\u2013\-/“"‘'«„＂\uFFFC]/u;
/** What may stand just after a closing single mark: nothing, a space, punctuation, another closing mark. */
const AFTER_CLOSING = /[\s.,;:!?)\]}\u2014\u2013\-”"’'»“＂\uFFFC]/u;

interface Open {
  mark: 'double' | 'single';
  start: number;
  /** The opening character, where it decides the closing one: „ is closed by “ (or ”). */
  opener?: string;
}

/**
 * Top-level quotations in a text, in order, each with whatever it quotes inside it
 * (`"they called it ‘a threat’"` is one quotation). Double marks always quote: “ ” and " ",
 * guillemets « », the low-high „ “ (and „ ”) and the full-width ＂ ＂, so a quotation in any of
 * them is checked; an unclosed double quotation runs to the end. A single mark (‘ ’ or ') quotes only where it
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
    if (char === '“') {
      const index = innermost('double');
      if (index >= 0 && stack[index]?.opener === '„') close(index, i + 1);
      else stack.push({ mark: 'double', start: i });
    } else if (char === '«' || char === '„') stack.push({ mark: 'double', start: i, opener: char });
    else if (char === '”' || char === '»') {
      const index = innermost('double');
      if (index >= 0) close(index, i + 1);
    } else if (char === '"' || char === '＂') {
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
    if (!after || !/[\p{Lu}\p{N}“"‘'«„＂]/u.test(after[1] ?? '')) continue;
    if (char === '.' && !closesQuotation && ABBREVIATION.test(text.slice(Math.max(floor, i - 6), i + 1))) continue;
    return end + 1;
  }
  return floor;
}

/** A citation as quotation-vouching needs it: its kind and where it stands in the text. */
export interface PlacedCitation {
  kind: 'bracket' | 'in-text';
  start: number;
  end: number;
}

/**
 * The quotations each citation of a text vouches for, in the citations' (text) order: those of
 * its sentence before it, after the previous citation; and, for an author-in-text citation, those
 * after it in its sentence, before the next citation. Each quotation goes to the first citation
 * that claims it. The build (document-citations.ts) and npm run fix-locators (locator-fixes.ts)
 * both read citations' quotations through this.
 */
export function vouchedQuotations(text: string, citations: readonly PlacedCitation[], quotations: readonly Quotation[] = findQuotations(text)): Quotation[][] {
  const claimed = new Set<number>();
  let floor = 0;
  return citations.map((citation, index) => {
    const sentence = sentenceStart(text, citation.start, floor, quotations);
    const next = citations[index + 1]?.start ?? text.length;
    const vouched = quotations.filter((quotation) => {
      if (claimed.has(quotation.start)) return false;
      if (quotation.start >= sentence && quotation.end <= citation.start) return true;
      return citation.kind === 'in-text' && quotation.start >= citation.end && quotation.end <= next && sentenceStart(text, quotation.start, citation.end, quotations) === citation.end;
    });
    for (const quotation of vouched) claimed.add(quotation.start);
    floor = citation.end;
    return vouched;
  });
}
