import { describe, expect, it } from 'vitest';
import { numberBlocks, passagesOf } from '../../../src/lib/sources/passages.ts';
import type { SourceBlock } from '../../../src/lib/sources/types.ts';

describe('numberBlocks', () => {
  it('numbers only body paragraphs: captions, credits, datelines, related links and page furniture between them change no number', () => {
    const blocks: SourceBlock[] = [
      { role: 'title', lines: ['Headline'] },
      { role: 'dateline', lines: ['3 November 2025'] },
      { role: 'paragraph', lines: ['One.'] },
      { role: 'caption', lines: ['جنود عراقيون'], lang: 'ar' },
      { role: 'credit', lines: ['Photo: AFP'] },
      { role: 'paragraph', lines: ['Two.'], form: 'quote' },
      { role: 'page-furniture', lines: ['Institute', '2'] },
      { role: 'related', lines: ['Related', 'Another story'] },
      { role: 'paragraph', lines: ['Three.'], lang: 'ar' },
    ];
    const numbered = numberBlocks(blocks);
    expect(numbered.filter((block) => block.role === 'paragraph').map((block) => block.anchor)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(numbered.filter((block) => block.role !== 'paragraph').every((block) => block.anchor === undefined && block.number === 0)).toBe(true);
    expect(passagesOf(blocks).map((passage) => passage.label)).toEqual(['¶1', '¶2', '¶3']);
  });
});
