import { describe, expect, it } from 'vitest';
import { tableOfContents, type BriefingHeading } from '../../../src/lib/briefings/table-of-contents.ts';

const h = (depth: number, text: string): BriefingHeading => ({ depth, text, slug: text.toLowerCase().replace(/\s+/gu, '-') });

describe('tableOfContents', () => {
  it('lists sections with their subsections nested', () => {
    const toc = tableOfContents([h(2, 'One'), h(3, 'One a'), h(3, 'One b'), h(2, 'Two'), h(2, 'Three'), h(2, 'Four')]);
    expect(toc.map((entry) => entry.text)).toEqual(['One', 'Two', 'Three', 'Four']);
    expect(toc[0]?.children.map((entry) => entry.slug)).toEqual(['one-a', 'one-b']);
  });

  it('is empty for three sections or fewer', () => {
    expect(tableOfContents([h(2, 'One'), h(3, 'Sub'), h(2, 'Two'), h(2, 'Three')])).toEqual([]);
  });

  it('ignores the page title and headings deeper than maxDepth', () => {
    const toc = tableOfContents([h(1, 'Title'), h(2, 'A'), h(4, 'Deep'), h(2, 'B'), h(2, 'C'), h(2, 'D')]);
    expect(toc.map((entry) => entry.text)).toEqual(['A', 'B', 'C', 'D']);
    expect(toc[0]?.children).toEqual([]);
  });

  it('honours minSections', () => {
    expect(tableOfContents([h(2, 'A'), h(2, 'B')], { minSections: 2 })).toHaveLength(2);
  });
});
