import { numberBlocks, type NumberedBlock } from './passages.ts';
import type { SourceBlock } from './types.ts';

/** What an excerpts-only source page shows: cited paragraphs with their original numbers, and the gaps between them. */
export type ExcerptItem =
  | { kind: 'paragraph'; number: number; block: NumberedBlock }
  | { kind: 'gap'; from: number; to: number };

/**
 * The part of a source that may be published when its rights are `excerpts`: only the body
 * paragraphs in `cited`, each keeping its number (so `#p-12` still lands on ¶12), with a gap
 * marker wherever paragraphs were left out. Headings, bylines, bios, notes and boilerplate
 * are not reproduced; the attribution block names the article instead.
 */
export function excerptItems(blocks: readonly SourceBlock[], cited: ReadonlySet<number>): ExcerptItem[] {
  const items: ExcerptItem[] = [];
  let last = 0;
  let gapStart: number | undefined;
  for (const block of numberBlocks(blocks)) {
    if (block.role !== 'paragraph') continue;
    last = block.number;
    if (cited.has(block.number)) {
      if (gapStart !== undefined) items.push({ kind: 'gap', from: gapStart, to: block.number - 1 });
      gapStart = undefined;
      items.push({ kind: 'paragraph', number: block.number, block });
    } else {
      gapStart ??= block.number;
    }
  }
  if (gapStart !== undefined) items.push({ kind: 'gap', from: gapStart, to: last });
  return items;
}

/** "Paragraph 4 not reproduced" / "Paragraphs 4–9 not reproduced". */
export function gapLabel(gap: { from: number; to: number }): string {
  return gap.from === gap.to ? `Paragraph ${gap.from} not reproduced` : `Paragraphs ${gap.from}–${gap.to} not reproduced`;
}
