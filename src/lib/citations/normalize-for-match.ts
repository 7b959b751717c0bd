/**
 * Text prepared for quotation matching, with a map back to the original so a match can be
 * highlighted in the text as received.
 */
export interface NormalizedText {
  /** The comparable form: NFC, straight quotes and apostrophes, one kind of dash, single spaces. */
  text: string;
  /** For each UTF-16 index of `text`, the index in the original it came from. One longer than `text`: the last entry is the original's length. */
  origin: number[];
  /**
   * For each UTF-16 index of `text`, the end (exclusive) in the original of what it came from:
   * `origin[k] + 1` except where NFC composed several characters into one (`e` + U+0301 → `é`
   * covers both). A span `text[a, b)` is `original.slice(origin[a], originEnd[b - 1])`.
   */
  originEnd: number[];
}

/**
 * Where each UTF-16 unit of `original.normalize('NFC')` came from in `original`: [start, end).
 * Text already in NFC maps one to one. Otherwise it is normalized one grapheme cluster at a
 * time (composition happens within a cluster: a letter and its marks, Hangul jamo), merging a
 * cluster with the next when normalizing them together would change it; every character of a
 * normalized piece maps to the whole original piece.
 */
function mapThroughNfc(original: string, nfc: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  if (nfc === original) {
    for (let i = 0; i < original.length; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
    return { starts, ends };
  }
  const clusters = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(original)];
  let pieceStart = 0;
  let piece = '';
  for (let c = 0; c < clusters.length; c++) {
    const cluster = clusters[c]!;
    if (piece === '') pieceStart = cluster.index;
    piece += cluster.segment;
    const next = clusters[c + 1]?.segment;
    const normalized = piece.normalize('NFC');
    if (next !== undefined && !(piece + next).normalize('NFC').startsWith(normalized)) continue;
    const pieceEnd = pieceStart + piece.length;
    if (normalized === piece) {
      for (let k = 0; k < piece.length; k++) {
        starts.push(pieceStart + k);
        ends.push(pieceStart + k + 1);
      }
    } else {
      for (let k = 0; k < normalized.length; k++) {
        starts.push(pieceStart);
        ends.push(pieceEnd);
      }
    }
    piece = '';
  }
  return { starts, ends };
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
 * or different spacing still matches the source: Unicode NFC; every quotation mark and
 * apostrophe (single or double, straight, curly, low or prime) to '; every dash to -, without
 * spaces around it; any run of whitespace (including
 * no-break spaces) to one space;
 * soft hyphens and zero-width characters removed; Arabic's tatweel and vowel marks removed and
 * its letter variants folded (see ARABIC_IGNORED). Case and Latin letters are left alone.
 */
export function normalizeForMatch(original: string): NormalizedText {
  const source = original.normalize('NFC');
  // NFC can change lengths: every index below is into `source`, mapped back to `original` through these.
  const nfc = mapThroughNfc(original, source);
  const text: string[] = [];
  const origin: number[] = [];
  const originEnd: number[] = [];
  const push = (char: string, at: number, atEnd: number) => {
    text.push(char);
    origin.push(at);
    originEnd.push(atEnd);
  };
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
      if (text.length > 0 && !isDash && text[text.length - 1] !== '-') push(' ', nfc.starts[pendingSpace]!, nfc.ends[pendingSpace]!);
      pendingSpace = -1;
    }
    const out = replacement ?? char;
    if (char === '…') {
      // An ellipsis character in a source is three dots, so a quotation may type either.
      for (let k = 0; k < 3; k++) push('.', nfc.starts[i]!, nfc.ends[i]!);
      continue;
    }
    push(out, nfc.starts[i]!, nfc.ends[i]!);
  }
  origin.push(original.length);
  return { text: text.join(''), origin, originEnd };
}
