import { describe, expect, it } from 'vitest';
import { createSourceLibrary } from '../../../src/lib/citations/source-library.ts';
import { findQuotations } from '../../../src/lib/citations/find-quotations.ts';
import { formatCitationProblem, describeCitationNotice } from '../../../src/lib/citations/format-problem.ts';
import { parseCitations } from '../../../src/lib/citations/parse-citations.ts';
import { resolveCitation } from '../../../src/lib/citations/resolve-citation.ts';

const facts = { title: 'T', publisher: 'P', authors: [], published: '2024', datePrecision: 'year' as const, url: null, rights: 'full-text' as const };
const v1 = { facts, blocks: [{ role: 'paragraph' as const, lines: ['The danger is real.'] }, { role: 'paragraph' as const, lines: ['Officials voiced deep concern.'] }] };
const v2blocks = [{ role: 'paragraph' as const, lines: ['An editor’s note.'] }, ...v1.blocks];

describe('the source library with versions', () => {
  const library = createSourceLibrary([{ slug: 's', facts, blocks: v2blocks, previous: [v1], reanchorFrom: 1 }, { slug: 't', ...v1 }]);

  it('gives the current text by default and each version by number', () => {
    expect(library.get('s')).toMatchObject({ version: 2, current: true, page: '/sources/s/', reanchorFrom: 1 });
    expect(library.get('s', 2)).toBe(library.get('s'));
    expect(library.get('s', 1)).toMatchObject({ version: 1, current: false, page: '/sources/s/v/1/' });
    expect(library.get('s', 1)?.paragraphs.map((p) => p.text)).toEqual(['The danger is real.', 'Officials voiced deep concern.']);
    expect(library.get('s', 3)).toBeUndefined();
    expect(library.get('t', 1)).toMatchObject({ version: 1, current: true });
    expect(library.versions('s')).toEqual([1, 2]);
    expect(library.versions('nope')).toEqual([]);
  });

  it('resolves a citation pinned to a version (as the parser reads it) against that text', () => {
    const [citation] = parseCitations('It said “the danger is real” [@s@v1, ¶1].').citations;
    expect(citation?.items[0]?.version).toBe(1);
    const { items, problems, notices } = resolveCitation(citation!.items, findQuotations('It said “the danger is real”'), library);
    expect(problems).toEqual([]);
    expect(notices).toEqual([]);
    expect(items[0]?.source.version).toBe(1);
    expect(items[0]?.passage?.anchor).toBe('p-1');
  });

  it('fails a pin to a version that does not exist, naming the versions', () => {
    const [citation] = parseCitations('Claim [@s@v3, ¶1].').citations;
    const [problem] = resolveCitation(citation!.items, [], library).problems;
    expect(problem && formatCitationProblem(problem)).toContain('no version v3 of "s": it has v1, v2 (v2 is the current text).');
  });

  it('re-anchors an unpinned citation of a source awaiting it: moved is a notice and links to the new paragraph', () => {
    const [citation] = parseCitations('Officials were concerned [@s, ¶2].').citations;
    const { items, problems, notices } = resolveCitation(citation!.items, [], library);
    expect(problems).toEqual([]);
    expect(items[0]?.passage?.anchor).toBe('p-3');
    // The marker shows where the words are now.
    expect(items[0]?.item.locator?.label).toBe('¶3');
    expect(notices).toHaveLength(1);
    expect(describeCitationNotice(notices[0]!).message).toBe(
      '"s" ¶2 moved to ¶3 in the source\'s new text (v2; the citation was written against v1): the same words, now at ¶3, where this citation links.',
    );
    expect(describeCitationNotice(notices[0]!).hint).toContain('npm run fix-locators rewrites the locator ([@s, ¶3])');
  });

  it('re-anchors a range paragraph by paragraph, and links the pinned current text without re-anchoring', () => {
    const [range] = parseCitations('Officials [@s, ¶1–2].').citations;
    const moved = resolveCitation(range!.items, [], library);
    expect(describeCitationNotice(moved.notices[0]!).message).toMatch(/^"s" ¶1–2 moved to ¶2–3 in the source's new text/u);
    expect(moved.items[0]?.paragraphs.map((passage) => passage.anchor)).toEqual(['p-2', 'p-3']);
    const [pinned] = parseCitations('An editor’s note [@s@v2, ¶1].').citations;
    const current = resolveCitation(pinned!.items, [], library);
    expect(current.notices).toEqual([]);
    expect(current.items[0]?.source.current).toBe(true);
  });
});

describe('indexCitationsBySource with pinned citations', () => {
  it('indexes a link that records a kept version under slug@vN, not under the current text', async () => {
    const { indexCitationsBySource, versionKey } = await import('../../../src/lib/citations/index-citations.ts');
    const index = indexCitationsBySource([
      {
        slug: 'b',
        title: 'B',
        citations: {
          sources: [],
          cards: [],
          links: [
            { id: 'cite-1', slug: 's', anchor: 'p-2', paragraph: 2, card: 'c1' },
            { id: 'cite-2', slug: 's', anchor: 'p-4', paragraph: 4, card: 'c2', version: 1 },
          ],
        },
      },
    ]);
    expect([...(index.get('s')?.byAnchor.keys() ?? [])]).toEqual(['p-2']);
    expect([...(index.get(versionKey('s', 1))?.byAnchor.keys() ?? [])]).toEqual(['p-4']);
  });
});
