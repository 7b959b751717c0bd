import { describe, expect, it } from 'vitest';
import { editorialProblems, type BriefingFacts } from '../../../src/lib/briefings/editorial-rules.ts';
import { EDITORIAL } from '../../../src/config.ts';
import { formatProblem } from '../../../src/lib/problems.ts';

const good: BriefingFacts = {
  file: 'content/briefings/x.mdx',
  words: 900,
  takeaways: 4,
  uncitedTakeaways: [],
  citedSources: ['a', 'b'],
  sections: ['Background', 'What to watch'],
  uncitedParagraphs: [{ line: 20, column: 1, words: 39 }],
  citations: [
    { line: 12, column: 9, raw: '[@a, ¶3]', located: true, followsQuotation: false },
    { line: 14, column: 30, raw: '[@b]', located: false, followsQuotation: true },
  ],
};
const messages = (facts: Partial<BriefingFacts>) => editorialProblems({ ...good, ...facts }, EDITORIAL).map(formatProblem);

describe('editorialProblems', () => {
  it('passes a briefing that keeps every rule', () => {
    expect(messages({})).toEqual([]);
  });
  it('names the length and how many words to cut or add', () => {
    expect(messages({ words: 1712 })).toEqual([
      'content/briefings/x.mdx: 1,712 words of prose; a briefing has 600 to 1,500 (EDITORIAL in src/config.ts).\n  hint: cut 212 words, or split the briefing in two.',
    ]);
    expect(messages({ words: 599 })[0]).toContain('hint: add 1 word, or fold the briefing into another one.');
  });
  it('names the number of key takeaways', () => {
    expect(messages({ takeaways: 2 })[0]).toBe(
      'content/briefings/x.mdx: 2 key takeaways; a briefing lists 3 to 5 (EDITORIAL in src/config.ts).\n  hint: add to keyTakeaways in the frontmatter what a reader should remember, each with its citation.',
    );
    expect(messages({ takeaways: 6 })[0]).toContain('hint: keep the 5 that matter most in keyTakeaways.');
  });
  it('names the key takeaways that cite nothing, at the first', () => {
    expect(messages({ uncitedTakeaways: [{ index: 1, line: 9, column: 5 }, { index: 3 }] })).toEqual([
      'content/briefings/x.mdx:9:5: key takeaways 2 and 4 cite nothing; every takeaway cites the paragraphs it rests on (EDITORIAL in src/config.ts).\n  hint: end each takeaway with its citation, as in the body: "… [@slug, ¶N]."',
    ]);
  });
  it('names the sources cited when there are too few', () => {
    expect(messages({ citedSources: ['a'] })[0]).toBe(
      'content/briefings/x.mdx: cites 1 source (a); a briefing cites at least 2 (EDITORIAL in src/config.ts).\n  hint: cite another source of content/sources/ for what it says, or ingest one (npm run ingest).',
    );
  });
  it('asks for the "What to watch" section', () => {
    expect(messages({ sections: ['Background'] })[0]).toBe(
      'content/briefings/x.mdx: has no "What to watch" section (EDITORIAL in src/config.ts).\n  hint: add a "## What to watch" section near the end, with its citations.',
    );
  });
  it('gives one message for every uncited long paragraph, at the first', () => {
    expect(messages({ uncitedParagraphs: [{ line: 20, column: 1, words: 40 }, { line: 30, column: 1, words: 12 }, { line: 44, column: 3, words: 80 }] })).toEqual([
      'content/briefings/x.mdx:20:1: 2 paragraphs of 40 words or more cite nothing (lines 20 and 44) (EDITORIAL in src/config.ts).\n  hint: cite the source of each paragraph\'s facts, or put what is our own reading inside <Analysis>…</Analysis>.',
    ]);
  });
  it('gives one message for every citation without a locator that does not follow a quotation', () => {
    const citations = [...good.citations, { line: 16, column: 5, raw: '[@a]', located: false, followsQuotation: false }];
    expect(messages({ citations })).toEqual([
      'content/briefings/x.mdx:16:5: a citation names no paragraph and follows no quotation: [@a] (line 16) (EDITORIAL in src/config.ts).\n  hint: add the paragraph ([@slug, ¶N]; the number is beside each paragraph on the source page), or put the citation straight after the quotation it verifies ("…" [@slug]).',
    ]);
  });
  it('reports every rule broken, one message each', () => {
    expect(messages({ words: 10, takeaways: 0, citedSources: [], sections: [] })).toHaveLength(4);
  });
});
