import { findTerms, type TermOccurrence, type TermSpelling } from '../text/find-terms.ts';

/**
 * The first use of each term in a run of text that has not been linked yet, skipping the
 * given ranges (quotations: a source's words are not ours to annotate). Returns at most one
 * occurrence per term, in text order.
 *
 * `firstUses('The caliphate, “a caliphate”, the Badia', terms, new Set(['badia']), [[15, 28]])`
 * → the first "caliphate" only.
 */
export function firstUses(
  text: string,
  terms: readonly TermSpelling[],
  linked: ReadonlySet<string>,
  skip: readonly (readonly [number, number])[] = [],
): TermOccurrence[] {
  const chosen = new Set<string>();
  const uses: TermOccurrence[] = [];
  for (const occurrence of findTerms(text, terms)) {
    if (linked.has(occurrence.id) || chosen.has(occurrence.id)) continue;
    if (skip.some(([from, to]) => occurrence.start < to && occurrence.end > from)) continue;
    chosen.add(occurrence.id);
    uses.push(occurrence);
  }
  return uses;
}
