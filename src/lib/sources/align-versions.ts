import { diffArrays } from 'diff';
import { normalizeForMatch } from '../citations/normalize-for-match.ts';

/** Where a paragraph of an older text went in a newer one (paragraph numbers count from 1). */
export type ParagraphFate =
  /** The same words, at `to` (which may be another number: the paragraph moved). */
  | { kind: 'same'; to: number }
  /** The same words, now part of a longer paragraph `to` (joined with a neighbour). */
  | { kind: 'within'; to: number }
  /** The same words, now split over consecutive paragraphs. */
  | { kind: 'split'; to: number[] }
  /** Different words, in the paragraph `to` that took its place. */
  | { kind: 'changed'; to: number }
  /** No counterpart in the newer text. */
  | { kind: 'gone' };

export interface ParagraphAlignment {
  /** For paragraph N of the older text, `fates[N - 1]`. */
  fates: ParagraphFate[];
  /** Paragraph numbers of the newer text that nothing in the older one became: new text. */
  added: number[];
}

/** Share of word pairs two paragraphs have in common (Dice coefficient over adjacent-word pairs), 0–1. */
function similarity(a: string, b: string): number {
  const pairs = (text: string) => {
    const words = text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
    const counts = new Map<string, number>();
    for (let i = 0; i + 1 < words.length; i++) counts.set(`${words[i]} ${words[i + 1]}`, (counts.get(`${words[i]} ${words[i + 1]}`) ?? 0) + 1);
    if (words.length === 1) counts.set(words[0]!, 1);
    return counts;
  };
  const left = pairs(a);
  const right = pairs(b);
  let shared = 0;
  let total = 0;
  for (const [pair, count] of left) {
    shared += Math.min(count, right.get(pair) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** How alike two paragraphs must be for the newer one to count as the older one changed. */
export const CHANGED_SIMILARITY = 0.4;

/**
 * Aligns two versions of a text paragraph by paragraph, so a citation of the older one can be
 * followed into the newer: first the longest run of identical paragraphs in order (jsdiff's
 * `diffArrays`), then identical paragraphs that moved out of order (the nearest, for repeated
 * ones), paragraphs split in two or more, paragraphs joined into a neighbour, and lastly the most
 * similar remaining paragraph nearby as a change. Comparison ignores typography
 * (normalizeForMatch), so re-typed quotes or dashes are not a change.
 */
export function alignParagraphs(before: readonly string[], after: readonly string[]): ParagraphAlignment {
  const norm = (text: string) => normalizeForMatch(text).text;
  const old = before.map(norm);
  const now = after.map(norm);
  const fates: (ParagraphFate | undefined)[] = old.map(() => undefined);
  const taken = now.map(() => false);

  // 1. Identical paragraphs, in order.
  let i = 0;
  let j = 0;
  for (const run of diffArrays(old, now)) {
    const count = run.value.length;
    if (!run.added && !run.removed) {
      for (let k = 0; k < count; k++) {
        fates[i + k] = { kind: 'same', to: j + k + 1 };
        taken[j + k] = true;
      }
      i += count;
      j += count;
    } else if (run.removed) i += count;
    else j += count;
  }
  // 2. Identical paragraphs that moved out of order: the free one nearest where it was.
  old.forEach((text, index) => {
    if (fates[index]) return;
    let best = -1;
    now.forEach((candidate, at) => {
      if (!taken[at] && candidate === text && (best < 0 || Math.abs(at - index) < Math.abs(best - index))) best = at;
    });
    if (best >= 0) {
      fates[index] = { kind: 'same', to: best + 1 };
      taken[best] = true;
    }
  });
  // 3. Split: consecutive free paragraphs that, joined, are the old one.
  old.forEach((text, index) => {
    if (fates[index]) return;
    for (let start = 0; start < now.length; start++) {
      if (taken[start] || !text.startsWith(now[start]!)) continue;
      let joined = now[start]!;
      for (let end = start + 1; end < now.length && !taken[end] && joined.length < text.length; end++) {
        joined = `${joined} ${now[end]}`;
        if (joined === text) {
          const to = Array.from({ length: end - start + 1 }, (_, k) => start + k + 1);
          for (const number of to) taken[number - 1] = true;
          fates[index] = { kind: 'split', to };
          return;
        }
      }
    }
  });
  // 4. Joined: the old words whole inside a longer new paragraph (which may hold several old ones).
  old.forEach((text, index) => {
    if (fates[index] || text.length === 0) return;
    const at = now.findIndex((candidate, k) => (!taken[k] || fates.some((fate) => fate?.kind === 'within' && fate.to === k + 1)) && candidate.length > text.length && candidate.includes(text));
    if (at >= 0) {
      fates[index] = { kind: 'within', to: at + 1 };
      taken[at] = true;
    }
  });
  // 5. Changed: the most similar free paragraph, nearest on a tie.
  old.forEach((text, index) => {
    if (fates[index]) return;
    let best = -1;
    let bestScore = CHANGED_SIMILARITY;
    now.forEach((candidate, at) => {
      if (taken[at]) return;
      const score = similarity(text, candidate);
      if (score > bestScore || (score === bestScore && best >= 0 && Math.abs(at - index) < Math.abs(best - index))) {
        best = at;
        bestScore = score;
      }
    });
    if (best >= 0) {
      fates[index] = { kind: 'changed', to: best + 1 };
      taken[best] = true;
    }
  });
  return {
    fates: fates.map((fate) => fate ?? { kind: 'gone' }),
    added: now.flatMap((_, at) => (taken[at] ? [] : [at + 1])),
  };
}
