import { normalizeForMatch } from './normalize-for-match.ts';
import type { MatchablePassage } from './match-quotation.ts';

export interface ClosestPassage {
  passage: MatchablePassage;
  /** The stretch of the passage most like the quotation, as received, trimmed to word edges. */
  excerpt: string;
  /** Share of the quotation's words found in that stretch, 0–1. */
  similarity: number;
}

function words(text: string): string[] {
  return normalizeForMatch(text)
    .text.toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/gu, ''))
    .filter(Boolean);
}

/**
 * The passage holding the stretch of text most like a quotation that did not match: a
 * window as long as the quotation, scored by how many of the quotation's words it shares.
 * Used only to write the hint of a failed verification, so it may be slower than matching.
 */
export function closestPassage(quotation: string, passages: readonly MatchablePassage[]): ClosestPassage | undefined {
  const wanted = words(quotation);
  if (wanted.length === 0) return undefined;
  let best: ClosestPassage | undefined;
  for (const passage of passages) {
    const tokens = [...passage.text.matchAll(/\S+/gu)];
    const lower = tokens.map((token) => words(token[0]).join(' '));
    // A little wider than the quotation, so a dropped or added word still fits in the window.
    const size = Math.min(wanted.length + 2, tokens.length);
    for (let start = 0; start + size <= tokens.length || (start === 0 && tokens.length > 0); start++) {
      const window = new Map<string, number>();
      for (const word of lower.slice(start, start + size).flatMap((token) => token.split(' '))) window.set(word, (window.get(word) ?? 0) + 1);
      let shared = 0;
      for (const word of wanted) {
        const count = window.get(word) ?? 0;
        if (count > 0) {
          shared += 1;
          window.set(word, count - 1);
        }
      }
      const similarity = shared / wanted.length;
      if (!best || similarity > best.similarity) {
        const first = tokens[start];
        const last = tokens[Math.min(start + size, tokens.length) - 1];
        const excerpt = first && last ? passage.text.slice(first.index, last.index + last[0].length) : passage.text;
        best = { passage, excerpt, similarity };
      }
      if (start + size >= tokens.length) break;
    }
  }
  return best;
}
