import type { Passage, SourceBlock } from './types.ts';

/** A block of a source with its address on the source page. */
export type NumberedBlock = SourceBlock & {
  /**
   * Fragment id on the source page: `p-N` for body paragraphs, `bio-N` for author bios,
   * `section-N` for headings (search offers each section as a sub-result); none for the rest
   * (each endnote has its own `note-N`, from `number`).
   */
  anchor?: string;
  /** N of the anchor; for the notes block, the number of its first note; 0 for furniture. */
  number: number;
};

/**
 * The one numbering of a source's blocks, used by the source page, the citation library,
 * excerpts, preview cards and search: body paragraphs `p-1`, `p-2` … (headings, bylines and
 * other furniture not counted), bios `bio-1` …, headings `section-1` …, endnotes `note-1` …
 * counted across notes blocks. Furniture (title, publisher line, byline, dateline, caption,
 * credit, boilerplate, related links, a PDF's page furniture) has no number and no anchor:
 * a caption between two paragraphs never shifts the paragraphs after it.
 */
export function numberBlocks(blocks: readonly SourceBlock[]): NumberedBlock[] {
  const counts = { paragraph: 0, bio: 0, heading: 0, note: 0 };
  return blocks.map((block): NumberedBlock => {
    switch (block.role) {
      case 'paragraph':
        counts.paragraph += 1;
        return { ...block, anchor: `p-${counts.paragraph}`, number: counts.paragraph };
      case 'bio':
        counts.bio += 1;
        return { ...block, anchor: `bio-${counts.bio}`, number: counts.bio };
      case 'heading':
        counts.heading += 1;
        return { ...block, anchor: `section-${counts.heading}`, number: counts.heading };
      case 'notes': {
        const first = counts.note + 1;
        counts.note += block.lines.length;
        return { ...block, number: first };
      }
      case 'title':
      case 'publisher':
      case 'byline':
      case 'dateline':
      case 'caption':
      case 'credit':
      case 'boilerplate':
      case 'related':
      case 'page-furniture':
        return { ...block, number: 0 };
    }
  });
}

/**
 * The addressable passages of an article, in order: body paragraphs (`¶N`), author bios and
 * endnotes, each with its anchor and its text as received.
 */
export function passagesOf(blocks: readonly SourceBlock[]): Passage[] {
  return numberBlocks(blocks).flatMap((block): Passage[] => {
    if (block.role === 'paragraph') return [{ anchor: block.anchor!, label: `¶${block.number}`, text: block.lines.join(' '), paragraph: block.number }];
    if (block.role === 'bio') return [{ anchor: block.anchor!, label: 'author bio', text: block.lines.join(' ') }];
    if (block.role === 'notes') return block.lines.map((line, i) => ({ anchor: `note-${block.number + i}`, label: `note ${block.number + i}`, text: line }));
    return [];
  });
}

/** Number of body paragraphs (`p-N` anchors) in an article. */
export function paragraphCount(blocks: readonly SourceBlock[]): number {
  return blocks.filter((block) => block.role === 'paragraph').length;
}
