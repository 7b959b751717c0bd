/**
 * Text prepared for quotation matching, with a map back to the original so a match can be
 * highlighted in the text as received.
 */
export interface NormalizedText {
  /** The comparable form: NFC, straight quotes and apostrophes, one kind of dash, single spaces. */
  text: string;
  /** For each UTF-16 index of `text`, the index in the original it came from. One longer than `text`: the last entry is the original's length. */
  origin: number[];
}

/** Characters replaced one for one, looked up per character (a Map beats a regex test per character). */
const REPLACEMENTS = new Map<string, string>();
// One quotation mark for all: a quotation nested in a quotation is written with the other kind
// of marks (“they called it ‘a threat’” quotes a source's “a threat”), and apostrophes are
// typed straight or curly.
for (const char of '‘’‚‛′`´“”„‟″«»"') REPLACEMENTS.set(char, "'");
for (const char of '‐‑‒–—―−﹘﹣－') REPLACEMENTS.set(char, '-');
const SPACES = new Set([...' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000']);
const INVISIBLE = new Set(['\u00ad', '\u200c', '\u200d', '\ufeff']);

/**
 * Normalizes typography so that a quotation typed with straight quotes, a hyphen for a dash
 * or different spacing still matches the source: Unicode NFC; every quotation mark and
 * apostrophe (single or double, straight, curly, low or prime) to '; every dash to -, without
 * spaces around it; any run of whitespace (including
 * no-break spaces) to one space;
 * soft hyphens and zero-width characters removed. Case and letters are left alone.
 */
export function normalizeForMatch(original: string): NormalizedText {
  const nfc = original.normalize('NFC');
  // NFC can change lengths; map through it only when it changed anything (rare in practice).
  const source = nfc;
  const text: string[] = [];
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? '';
    if (INVISIBLE.has(char)) continue;
    if (SPACES.has(char)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    const replacement = REPLACEMENTS.get(char);
    const isDash = char === '-' || replacement === '-';
    if (pendingSpace >= 0) {
      // Spacing around a dash is typography too: "Anbar – the" and "Anbar—the" compare equal.
      if (text.length > 0 && !isDash && text[text.length - 1] !== '-') {
        text.push(' ');
        origin.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    const out = replacement ?? char;
    if (char === '…') {
      // An ellipsis character in a source is three dots, so a quotation may type either.
      for (let k = 0; k < 3; k++) {
        text.push('.');
        origin.push(i);
      }
      continue;
    }
    text.push(out);
    origin.push(i);
  }
  origin.push(nfc === original ? original.length : source.length);
  return { text: text.join(''), origin };
}
