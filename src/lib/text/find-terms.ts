/** A named thing and the spellings that refer to it. */
export interface TermSpelling {
  /** What an occurrence is reported as (a glossary slug, a people-index slug). */
  id: string;
  /**
   * Spellings, matched as whole words. One that starts with a lower-case letter also matches
   * with its first letter capitalized ("caliphate" finds "Caliphate" at a sentence start);
   * one that starts with a capital or digit matches only as written ("SDF", "Badia").
   */
  names: readonly string[];
  /**
   * Longer spellings that contain a name but mean something else: an occurrence of a name
   * inside one of them is not counted ("ISIS" inside "ISIS-K").
   */
  exclude?: readonly string[];
}

export interface TermOccurrence {
  id: string;
  /** UTF-16 offsets in the searched text, end exclusive. */
  start: number;
  end: number;
  /** The text as it appears. */
  text: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const APOSTROPHES = /[’‘ʼ`´]/gu;

/** Same length as the input: curly apostrophes become straight ones, so "Austin’s" and "Austin's" compare equal. */
function foldApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

function spellingsOf(name: string): string[] {
  const folded = foldApostrophes(name);
  const first = folded[0] ?? '';
  if (first !== first.toLowerCase() || first === first.toUpperCase()) return [folded];
  return [folded, first.toUpperCase() + folded.slice(1)];
}

/**
 * A whole word or phrase: no letter or digit (nor a hyphen joining a word) directly before,
 * and no letter or digit directly after. A hyphen after is allowed only when what follows it
 * is not a word ("ISIS-K" is not an occurrence of "ISIS"; "ISIS–" at a dash is).
 */
function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const beforeThat = text[start - 2];
  if (before !== undefined && WORD_CHAR.test(before)) return false;
  if (before === '-' && beforeThat !== undefined && WORD_CHAR.test(beforeThat)) return false;
  const after = text[end];
  if (after !== undefined && WORD_CHAR.test(after)) return false;
  if (after === '-' && WORD_CHAR.test(text[end + 1] ?? '')) return false;
  return true;
}

function rangesOf(text: string, needle: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (needle === '') return ranges;
  let index = text.indexOf(needle);
  while (index >= 0) {
    ranges.push([index, index + needle.length]);
    index = text.indexOf(needle, index + 1);
  }
  return ranges;
}

/**
 * Every occurrence of every term in a text, in order, without overlaps: where two spellings
 * overlap, the earlier one wins, and at the same start the longer one ("Syrian Badia"
 * before "Badia"). Apostrophes are compared straight, so spellings may use either form.
 */
export function findTerms(text: string, terms: readonly TermSpelling[]): TermOccurrence[] {
  const haystack = foldApostrophes(text);
  const candidates: TermOccurrence[] = [];
  for (const term of terms) {
    const excluded = (term.exclude ?? []).flatMap((phrase) => spellingsOf(phrase).flatMap((spelling) => rangesOf(haystack, spelling)));
    for (const name of term.names) {
      for (const spelling of spellingsOf(name)) {
        for (const [start, end] of rangesOf(haystack, spelling)) {
          if (!isWholeWord(haystack, start, end)) continue;
          if (excluded.some(([from, to]) => start < to && end > from)) continue;
          candidates.push({ id: term.id, start, end, text: text.slice(start, end) });
        }
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const occurrences: TermOccurrence[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.start < reached) continue;
    occurrences.push(candidate);
    reached = candidate.end;
  }
  return occurrences;
}
