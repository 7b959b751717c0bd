import type { Passage, SourceBlock } from './types.ts';

/**
 * The addressable passages of an article, in order: body paragraphs (`p-1`, `p-2` …,
 * headings not counted), author bios (`bio-1` …) and endnotes (`note-1` …).
 */
export function passagesOf(blocks: readonly SourceBlock[]): Passage[] {
  const passages: Passage[] = [];
  let paragraph = 0;
  let bio = 0;
  let note = 0;
  for (const block of blocks) {
    if (block.role === 'paragraph') {
      paragraph += 1;
      passages.push({ anchor: `p-${paragraph}`, label: `¶${paragraph}`, text: block.lines.join(' '), paragraph });
    } else if (block.role === 'bio') {
      bio += 1;
      passages.push({ anchor: `bio-${bio}`, label: 'author bio', text: block.lines.join(' ') });
    } else if (block.role === 'notes') {
      for (const line of block.lines) {
        note += 1;
        passages.push({ anchor: `note-${note}`, label: `note ${note}`, text: line });
      }
    }
  }
  return passages;
}

/** Number of body paragraphs (`p-N` anchors) in an article. */
export function paragraphCount(blocks: readonly SourceBlock[]): number {
  return blocks.filter((block) => block.role === 'paragraph').length;
}
