import { describe, expect, it } from 'vitest';
import { excerptItems, gapLabel } from '../../../src/lib/sources/excerpts.ts';
import type { SourceBlock } from '../../../src/lib/sources/types.ts';

const blocks: SourceBlock[] = [
  { role: 'title', lines: ['Headline'] },
  { role: 'byline', lines: ['By A Writer'] },
  { role: 'paragraph', lines: ['One.'] },
  { role: 'heading', lines: ['Section'] },
  { role: 'paragraph', lines: ['Two.'] },
  { role: 'paragraph', lines: ['Three.'] },
  { role: 'paragraph', lines: ['Four.'] },
  { role: 'bio', lines: ['A Writer is a writer.'] },
  { role: 'paragraph', lines: ['Five.'] },
  { role: 'notes', lines: ['1. A note.'] },
];

describe('excerptItems', () => {
  it('keeps only the cited paragraphs, with their original numbers, and marks the gaps', () => {
    expect(excerptItems(blocks, new Set([2, 4])).map((item) => (item.kind === 'gap' ? gapLabel(item) : `¶${item.number} ${item.block.lines[0]}`))).toEqual([
      'Paragraph 1 not reproduced',
      '¶2 Two.',
      'Paragraph 3 not reproduced',
      '¶4 Four.',
      'Paragraph 5 not reproduced',
    ]);
  });

  it('shows nothing of the text when nothing is cited', () => {
    expect(excerptItems(blocks, new Set())).toEqual([{ kind: 'gap', from: 1, to: 5 }]);
  });

  it('reproduces no furniture: no headline, byline, bio or notes', () => {
    const text = JSON.stringify(excerptItems(blocks, new Set([1, 2, 3, 4, 5])));
    for (const furniture of ['Headline', 'By A Writer', 'Section', 'A Writer is a writer.', 'A note.']) expect(text).not.toContain(furniture);
  });

  it('ignores a cited number past the last paragraph', () => {
    expect(excerptItems(blocks, new Set([9])).filter((item) => item.kind === 'paragraph')).toEqual([]);
  });
});
