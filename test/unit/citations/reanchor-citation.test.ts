import { describe, expect, it } from 'vitest';
import { reanchorCitation } from '../../../src/lib/citations/reanchor-citation.ts';
import { createSourceLibrary, type LibrarySource } from '../../../src/lib/citations/source-library.ts';
import type { SourceBlock } from '../../../src/lib/sources/types.ts';

const facts = { title: 'T', publisher: 'P', authors: [], published: '2024', datePrecision: 'year' as const, url: null, rights: 'full-text' as const };
const paragraphs = (...texts: string[]): SourceBlock[] => texts.map((text) => ({ role: 'paragraph', lines: [text] }));

/** Version 1 and version 2 of one source, as the library holds them after a re-ingest. */
function versions(before: string[], after: string[]): { v1: LibrarySource; v2: LibrarySource } {
  const library = createSourceLibrary([{ slug: 's', facts, blocks: paragraphs(...after), previous: [{ facts, blocks: paragraphs(...before) }], reanchorFrom: 1 }]);
  return { v1: library.get('s', 1)!, v2: library.get('s')! };
}

const A = 'The group lost its territory in 2017 but kept its networks.';
const B = 'Western estimates put its strength at roughly 1,000 fighters.';
const C = 'Experts disagree about how dangerous the cells still are.';
const D = 'The coalition’s mission was due to end in September 2025.';

describe('reanchorCitation', () => {
  it('leaves a citation whose paragraph kept its words and number unchanged', () => {
    const { v1, v2 } = versions([A, B, C], [A, B, C + ' More words were added at the end of this one.']);
    expect(reanchorCitation({ paragraphs: [2], quotations: [] }, v1, v2)).toEqual({ status: 'unchanged' });
  });

  it('moves a locator-only citation with its paragraph when one is inserted before it', () => {
    const { v1, v2 } = versions([A, B, C], [A, 'An editor’s note was added here.', B, C]);
    expect(reanchorCitation({ paragraphs: [2], quotations: [] }, v1, v2)).toEqual({ status: 'moved', from: [2], to: [3] });
    expect(reanchorCitation({ paragraphs: [1], quotations: [] }, v1, v2)).toEqual({ status: 'unchanged' });
  });

  it('moves a citation with a quotation to wherever its selector is found', () => {
    const { v1, v2 } = versions([A, B, C], [C, A, B]);
    expect(reanchorCitation({ paragraphs: [2], quotations: ['roughly 1,000 fighters'] }, v1, v2)).toEqual({ status: 'moved', from: [2], to: [3] });
  });

  it('reports a changed paragraph with the old and the new passage', () => {
    const changed = 'Western estimates put its strength at about 2,000 fighters.';
    const { v1, v2 } = versions([A, B, C], [A, changed, C]);
    expect(reanchorCitation({ paragraphs: [2], quotations: [] }, v1, v2)).toEqual({ status: 'changed', from: 2, before: B, after: { paragraph: 2, text: changed } });
    // A quotation of the changed words is not found again: changed too.
    expect(reanchorCitation({ paragraphs: [2], quotations: ['roughly 1,000 fighters'] }, v1, v2)).toMatchObject({ status: 'changed', from: 2 });
  });

  it('follows a quotation whose own words survived a change elsewhere in its paragraph', () => {
    const { v1, v2 } = versions([A, B, C], [A, 'Western estimates, reported in 2025, put its strength at roughly 1,000 fighters.', C]);
    expect(reanchorCitation({ paragraphs: [2], quotations: ['roughly 1,000 fighters'] }, v1, v2)).toEqual({ status: 'unchanged' });
  });

  it('reports a paragraph that is gone', () => {
    const { v1, v2 } = versions([A, B, C], [A, C]);
    expect(reanchorCitation({ paragraphs: [2], quotations: [] }, v1, v2)).toEqual({ status: 'gone', from: 2, before: B });
    expect(reanchorCitation({ paragraphs: [3], quotations: [] }, v1, v2)).toEqual({ status: 'moved', from: [3], to: [2] });
  });

  it('tells duplicated passages apart by their order, and a quotation by the words around it', () => {
    // The same paragraph twice; a new paragraph goes in between them.
    const { v1, v2 } = versions([A, B, A, C], [A, B, D, A, C]);
    expect(reanchorCitation({ paragraphs: [1], quotations: [] }, v1, v2)).toEqual({ status: 'unchanged' });
    expect(reanchorCitation({ paragraphs: [3], quotations: [] }, v1, v2)).toEqual({ status: 'moved', from: [3], to: [4] });
    expect(reanchorCitation({ paragraphs: [3], quotations: ['lost its territory'] }, v1, v2)).toEqual({ status: 'moved', from: [3], to: [4] });
    // A phrase that occurs twice in one paragraph is found at the occurrence with the same surroundings.
    const twice = 'It said the danger is real. Later, officials again said the danger is real.';
    const moved = versions([twice, B], [D, twice, B]);
    expect(reanchorCitation({ paragraphs: [1], quotations: ['the danger is real'] }, moved.v1, moved.v2)).toEqual({ status: 'moved', from: [1], to: [2] });
  });

  it('follows a paragraph split in two: a locator to both halves, a quotation to its half', () => {
    const first = 'The group lost its territory in 2017.';
    const second = 'It kept its networks and its finances.';
    const { v1, v2 } = versions([`${first} ${second}`, C], [first, second, C]);
    expect(reanchorCitation({ paragraphs: [1], quotations: [] }, v1, v2)).toEqual({ status: 'moved', from: [1], to: [1, 2] });
    expect(reanchorCitation({ paragraphs: [1], quotations: ['its networks and its finances'] }, v1, v2)).toEqual({ status: 'moved', from: [1], to: [2] });
    expect(reanchorCitation({ paragraphs: [2], quotations: [] }, v1, v2)).toEqual({ status: 'moved', from: [2], to: [3] });
  });

  it('follows paragraphs joined into one', () => {
    const { v1, v2 } = versions([A, B, C], [`${A} ${B}`, C]);
    expect(reanchorCitation({ paragraphs: [2], quotations: [] }, v1, v2)).toEqual({ status: 'moved', from: [2], to: [1] });
  });

  it('leaves alone a citation whose quotations are not in the old text (written against the new one)', () => {
    const { v1, v2 } = versions([A, B], ['A new opening paragraph.', A, B]);
    expect(reanchorCitation({ paragraphs: [1], quotations: ['A new opening paragraph'] }, v1, v2)).toEqual({ status: 'unchanged' });
  });
  it('follows every paragraph of a range or list, each by its own words', () => {
    const { v1, v2 } = versions([A, B, C, D], [A, 'An editor’s note was added here.', B, C, D]);
    expect(reanchorCitation({ paragraphs: [2, 3], quotations: [] }, v1, v2)).toEqual({ status: 'moved', from: [2, 3], to: [3, 4] });
    expect(reanchorCitation({ paragraphs: [1, 3], quotations: [] }, v1, v2)).toEqual({ status: 'moved', from: [1, 3], to: [1, 4] });
    // A quotation carries its own paragraph; the range's other paragraph follows the alignment.
    expect(reanchorCitation({ paragraphs: [2, 3], quotations: ['how dangerous the cells still are'] }, v1, v2)).toEqual({ status: 'moved', from: [2, 3], to: [3, 4] });
  });

  it('reports a range as changed when any of its paragraphs changed', () => {
    const changed = 'Experts disagree about how dangerous the new cells still are.';
    const { v1, v2 } = versions([A, B, C], [A, B, changed]);
    expect(reanchorCitation({ paragraphs: [2, 3], quotations: [] }, v1, v2)).toMatchObject({ status: 'changed', from: 3, before: C });
  });

  it('follows the locator of a citation whose quotations are in neither text (another item’s)', () => {
    const { v1, v2 } = versions([A, B], ['A new opening paragraph.', A, B]);
    expect(reanchorCitation({ paragraphs: [2], quotations: ['words of another source'] }, v1, v2)).toEqual({ status: 'moved', from: [2], to: [3] });
  });

  it('leaves a citation without a locator to the quotation matcher', () => {
    const { v1, v2 } = versions([A, B], ['A new opening paragraph.', A, B]);
    expect(reanchorCitation({ paragraphs: [], quotations: ['roughly 1,000 fighters'] }, v1, v2)).toEqual({ status: 'unchanged' });
  });
});
