/** Paragraph numbers cited per source slug. */
export type CitedParagraphs = Map<string, Set<number>>;

/**
 * A stop-gap reading of the paragraphs a briefing's text cites: every `@slug, ¶N` (or
 * `¶N–M`) inside square brackets. The citation library resolves citations properly (quotation
 * matches without a locator included); `src/cited-passages.ts` is the one place to switch to it.
 *
 * ```md
 * As they put it [see @nyt-costa-clarke-2024, ¶3; @nato-brussels-2024, ¶5–6].
 * → nyt-costa-clarke-2024: {3}, nato-brussels-2024: {5, 6}
 * ```
 */
export function citedParagraphsInText(text: string, into: CitedParagraphs = new Map()): CitedParagraphs {
  for (const bracket of text.matchAll(/\[([^\[\]]*@[^\[\]]*)\]/gu)) {
    for (const part of (bracket[1] ?? '').split(';')) {
      const match = /@([a-z0-9]+(?:-[a-z0-9]+)*)\s*(?:,\s*¶\s*(\d+)(?:\s*[-–]\s*(\d+))?)?/u.exec(part);
      if (!match?.[1]) continue;
      const set = into.get(match[1]) ?? new Set<number>();
      into.set(match[1], set);
      if (!match[2]) continue;
      const first = Number(match[2]);
      const last = match[3] ? Number(match[3]) : first;
      for (let n = first; n <= Math.min(last, first + 200); n++) set.add(n);
    }
  }
  return into;
}
