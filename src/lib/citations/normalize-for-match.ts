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

const SINGLE_QUOTES = /[‘’‚‛′`´]/u;
const DOUBLE_QUOTES = /[“”„‟″«»]/u;
const DASHES = /[‐‑‒–—―−﹘﹣－]/u;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/u;
const INVISIBLE = /[\u00ad\u200c\u200d\ufeff]/u;

/**
 * Normalizes typography so that a quotation typed with straight quotes, a hyphen for a dash
 * or different spacing still matches the source: Unicode NFC; curly, low and prime quotes to
 * ' and "; every dash to -, without spaces around it; any run of whitespace (including
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
    if (INVISIBLE.test(char)) continue;
    if (SPACES.test(char)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    const isDash = DASHES.test(char) || char === '-';
    if (pendingSpace >= 0) {
      // Spacing around a dash is typography too: "Anbar – the" and "Anbar—the" compare equal.
      if (text.length > 0 && !isDash && text[text.length - 1] !== '-') {
        text.push(' ');
        origin.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    let out = char;
    if (SINGLE_QUOTES.test(char)) out = "'";
    else if (DOUBLE_QUOTES.test(char)) out = '"';
    else if (DASHES.test(char)) out = '-';
    else if (char === '…') {
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
