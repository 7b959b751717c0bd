/**
 * Abbreviations after which a full stop does not end a sentence, even before a capital
 * ("U.S. Defense Secretary", "Gen. Kurilla"). Initials (`U.S.`, `P.`) are recognised by shape.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'pres',
  'jr', 'sr', 'vs', 'etc', 'no', 'nos', 'fig', 'cf', 'approx', 'dept', 'est', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e',
]);

/** A citation bracket in the document's text: `[@slug, ¶3]`, `[see @a; @b]`. Its own sentence-final punctuation is never inside it. */
const CITATION_BRACKET = /\s*\[[^[\]]*@[^[\]]*\]/gu;

/** Offsets just past each sentence end in `text`: terminal punctuation, closing quotes or brackets, then space and a sentence start. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(/[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu)) {
    const at = match.index;
    if (match[0].startsWith('.')) {
      const word = /(?:^|[\s("“‘])([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
      // "U.S." and "Christopher P." are initials; "Gen." an abbreviation.
      if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && word.replace(/\./gu, '').length <= 3 && /\p{Lu}/u.test(word)) continue;
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    ends.push(at + match[0].length);
  }
  return ends;
}

/** The text with every citation bracket taken out, and where a position of the original text falls in it. */
function withoutCitations(text: string): { clean: string; at: (offset: number) => number } {
  const removed: { start: number; end: number }[] = [];
  for (const match of text.matchAll(CITATION_BRACKET)) removed.push({ start: match.index, end: match.index + match[0].length });
  let clean = '';
  let last = 0;
  for (const span of removed) {
    clean += text.slice(last, span.start);
    last = span.end;
  }
  clean += text.slice(last);
  const at = (offset: number) => offset - removed.reduce((sum, span) => sum + Math.max(0, Math.min(offset, span.end) - span.start), 0);
  return { clean, at };
}

/**
 * The claim a citation vouches for: the sentence of `text` (a paragraph's inline text as one
 * string, citations still written as `[@…]`) that holds the citation starting at
 * `citationStart`, with every citation bracket taken out and its spacing tidied.
 *
 *     claimSentence('Cells remain. They attack at night [@nyt, ¶3]. Others doubt it.', 35)
 *     → 'They attack at night.'
 *
 * A citation placed after a full stop ("… at night. [@nyt, ¶3]") belongs to the sentence it follows.
 */
export function claimSentence(text: string, citationStart: number): string {
  const { clean, at } = withoutCitations(text);
  const position = at(citationStart);
  const before = clean.slice(0, position).trimEnd();
  const anchor = /[.!?…]["'”’)\]]*$/u.test(before) ? before.length - 1 : position;
  const ends = sentenceEnds(clean);
  const start = [...ends].reverse().find((end) => end <= anchor) ?? 0;
  const end = ends.find((candidate) => candidate > anchor) ?? clean.length;
  return clean
    .slice(start, end)
    .replace(/\s+([.,;:!?…])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}
