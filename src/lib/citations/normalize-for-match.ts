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
for (const char of '‘’‚‛′`´') REPLACEMENTS.set(char, "'");
for (const char of '“”„‟″«»') REPLACEMENTS.set(char, '"');
for (const char of '‐‑‒–—―−﹘﹣－') REPLACEMENTS.set(char, '-');
const SPACES = new Set([...' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000']);
const INVISIBLE = new Set(['\u00ad', '\u200c', '\u200d', '\ufeff']);

/**
 * Arabic, compared as Arabic readers and search engines do: the tatweel (kashida, U+0640, a
 * stretch of the baseline for justification) and the short-vowel marks (harakat, the dagger
 * alef, Quranic marks) are left out; hamza and madda forms of alef are alef, alef maqsura and
 * the Persian yeh are yeh, ta marbuta is ha, hamza on waw or yeh is waw or yeh, the Persian
 * kaf is kaf. For matching only: what readers see is always the text as received.
 */
const ARABIC_IGNORED = /[\u0640\u064b-\u065f\u0670\u06d6-\u06ed]/u;
for (const char of 'أإآٱ') REPLACEMENTS.set(char, 'ا');
for (const char of 'ىیئ') REPLACEMENTS.set(char, 'ي');
REPLACEMENTS.set('ة', 'ه');
REPLACEMENTS.set('ؤ', 'و');
REPLACEMENTS.set('ک', 'ك');

/**
 * Normalizes typography so that a quotation typed with straight quotes, a hyphen for a dash
 * or different spacing still matches the source: Unicode NFC; curly, low and prime quotes to
 * ' and "; every dash to -, without spaces around it; any run of whitespace (including
 * no-break spaces) to one space;
 * soft hyphens and zero-width characters removed; Arabic's tatweel and vowel marks removed and
 * its letter variants folded (see ARABIC_IGNORED). Case and Latin letters are left alone.
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
    if (INVISIBLE.has(char) || (char >= '\u0640' && char <= '\u06ed' && ARABIC_IGNORED.test(char))) continue;
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
