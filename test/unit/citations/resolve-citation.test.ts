import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/lib/citations/find-quotations.ts';
import { formatCitationProblem } from '../../../src/lib/citations/format-problem.ts';
import { indexCitationsBySource, citedParagraphs } from '../../../src/lib/citations/index-citations.ts';
import { parseCitations } from '../../../src/lib/citations/parse-citations.ts';
import { resolveCitation } from '../../../src/lib/citations/resolve-citation.ts';
import { createSourceLibrary } from '../../../src/lib/citations/source-library.ts';
import { textFragment } from '../../../src/lib/citations/text-fragment.ts';

const facts = { title: 'T', publisher: 'P', authors: [], published: '2024', datePrecision: 'year' as const, url: null, rights: 'full-text' as const };
const library = createSourceLibrary([
  {
    slug: 'alpha',
    facts,
    blocks: [
      { role: 'paragraph', lines: ['The first paragraph says the danger is real.'] },
      { role: 'heading', lines: ['A heading'] },
      { role: 'paragraph', lines: ['The second paragraph says it is not the same as beating it.'] },
    ],
  },
  { slug: 'beta', facts, blocks: [{ role: 'paragraph', lines: ['Beta speaks of deep concern.'] }] },
]);

function resolve(sentence: string) {
  const [bracket] = parseCitations(sentence).citations;
  if (!bracket) throw new Error('no citation');
  return resolveCitation(bracket.items, findQuotations(sentence.slice(0, bracket.start)), library);
}

describe('resolveCitation', () => {
  it('resolves a locator to its paragraph, headings not counted', () => {
    expect(resolve('Claim [@alpha, ¶2].').items[0]?.passage?.anchor).toBe('p-2');
  });
  it('uses a verified quotation to find the paragraph', () => {
    const { items, problems } = resolve('It is “not the same as beating it” [@alpha].');
    expect(problems).toEqual([]);
    expect(items[0]?.passage?.anchor).toBe('p-2');
  });
  it('accepts a quotation found in any of several cited sources', () => {
    const { items, problems } = resolve('It is “deep concern” [@alpha; @beta].');
    expect(problems).toEqual([]);
    expect(items[1]?.passage?.anchor).toBe('p-1');
    expect(items[0]?.passage).toBeUndefined();
  });
  it('reports an unknown source with the known ones, closest first', () => {
    const [problem] = resolve('Claim [@alphx].').problems;
    expect(problem).toMatchObject({ kind: 'unknown-source', closest: ['alpha', 'beta'] });
  });
  it('reports a locator past the last paragraph with the count', () => {
    const [problem] = resolve('Claim [@beta, ¶2].').problems;
    expect(problem && formatCitationProblem(problem)).toMatch(/^¶2 is past the end of "beta", which has 1 paragraphs/u);
  });
  it('reports a quotation at the wrong paragraph with where it is', () => {
    const [problem] = resolve('It is “the danger is real” [@alpha, ¶2].').problems;
    expect(problem && formatCitationProblem(problem)).toContain('it does appear in ¶1: fix the locator.');
  });
  it('reports a misquotation with the closest passage', () => {
    const [problem] = resolve('It is “the danger is unreal” [@alpha].').problems;
    expect(problem && formatCitationProblem(problem)).toContain('closest passage (¶1): “');
  });
});

describe('textFragment', () => {
  it('encodes a short passage whole, escaping reserved characters', () => {
    expect(textFragment('al-Qaeda, again & again')).toBe('#:~:text=al%2DQaeda%2C%20again%20%26%20again');
  });
  it('gives a long passage as start and end', () => {
    expect(textFragment('one two three four five six seven eight nine ten eleven twelve')).toBe('#:~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve');
  });
});

describe('indexCitationsBySource', () => {
  it('lists citing briefings, their paragraphs and backlinks per passage', () => {
    const index = indexCitationsBySource([
      {
        slug: 'b1',
        title: 'B1',
        citations: {
          sources: [],
          cards: [],
          links: [
            { id: 'cite-1', slug: 'alpha', anchor: 'p-2', paragraph: 2, card: 'cite-card-1' },
            { id: 'cite-2', slug: 'alpha', card: 'cite-card-2' },
          ],
        },
      },
      { slug: 'b2', title: 'B2', citations: { sources: [], cards: [], links: [{ id: 'cite-1', slug: 'alpha', anchor: 'p-1', paragraph: 1, card: 'cite-card-1' }] } },
    ]);
    const alpha = index.get('alpha');
    expect(alpha?.briefings).toEqual([
      { slug: 'b1', title: 'B1', count: 2, paragraphs: [2] },
      { slug: 'b2', title: 'B2', count: 1, paragraphs: [1] },
    ]);
    expect(alpha?.byAnchor.get('p-2')).toEqual([{ briefing: 'b1', title: 'B1', linkId: 'cite-1' }]);
    expect(citedParagraphs(alpha)).toEqual([1, 2]);
    expect(citedParagraphs(index.get('beta'))).toEqual([]);
  });

  it('counts every paragraph of a range as cited and links each back (an excerpts-only source publishes them all)', () => {
    const link = { id: 'cite-1', slug: 'alpha', anchor: 'p-1', paragraph: 1, covers: [{ paragraph: 1, anchor: 'p-1' }, { paragraph: 2, anchor: 'p-2' }], card: 'cite-card-1' };
    const alpha = indexCitationsBySource([{ slug: 'b1', title: 'B1', citations: { sources: [], cards: [], links: [link] } }]).get('alpha');
    expect(citedParagraphs(alpha)).toEqual([1, 2]);
    expect(alpha?.byAnchor.get('p-2')).toEqual([{ briefing: 'b1', title: 'B1', linkId: 'cite-1' }]);
  });
});
