import { describe, expect, it } from 'vitest';
import { applyFixes, planReanchoring, withoutReanchorFrom } from '../../../src/lib/citations/locator-fixes.ts';
import { createSourceLibrary } from '../../../src/lib/citations/source-library.ts';
import { findTextQuote, textQuoteSelector } from '../../../src/lib/citations/text-quote-selector.ts';
import { toMatchablePassage } from '../../../src/lib/citations/match-quotation.ts';

const facts = { title: 'T', publisher: 'P', authors: [], published: '2024', datePrecision: 'year' as const, url: null, rights: 'full-text' as const };
const paragraphs = (...texts: string[]) => texts.map((text) => ({ role: 'paragraph' as const, lines: [text] }));
const v1 = paragraphs('First paragraph.', 'Officials voiced deep concern.', 'The danger is real.');
const v2 = paragraphs('First paragraph.', 'A new paragraph.', 'Officials voiced deep concern.', 'The danger is not real.');
const library = createSourceLibrary([
  { slug: 's', facts, blocks: v2, previous: [{ facts, blocks: v1 }], reanchorFrom: 1 },
  { slug: 'other', facts, blocks: v1 },
]);

const briefing = [
  '---',
  'keyTakeaways:',
  '  - "Officials were worried [@s, ¶2]."',
  '---',
  'It opens [@s, ¶1]. Officials voiced “deep concern” [@s, ¶2; @other, ¶2]. Unrelated [@other, ¶3].',
  '',
  'The danger [@s, ¶3]. Pinned [@s@v1, ¶3].',
  '',
].join('\n');

describe('planReanchoring', () => {
  const plan = planReanchoring([{ file: 'b.mdx', text: briefing }], library);

  it('reports every unpinned citation of the source awaiting re-anchoring', () => {
    expect(plan.reports.map((report) => [report.line, report.citation, report.reanchoring.status])).toEqual([
      [3, '[@s, ¶2]', 'moved'],
      [5, '[@s, ¶1]', 'unchanged'],
      [5, '[@s, ¶2; @other, ¶2]', 'moved'],
      [7, '[@s, ¶3]', 'changed'],
    ]);
  });

  it('plans rewrites of the moved ones only, keeping the rest of each bracket', () => {
    expect(plan.fixes.map((fix) => [fix.before, fix.after])).toEqual([
      ['[@s, ¶2]', '[@s, ¶3]'],
      ['[@s, ¶2; @other, ¶2]', '[@s, ¶3; @other, ¶2]'],
    ]);
    expect(plan.clearable).toEqual([]);
  });

  it('rewrites only what it reported, byte for byte', () => {
    const fixed = applyFixes(briefing, plan.fixes);
    const changedLines = fixed.split('\n').filter((line, index) => line !== briefing.split('\n')[index]);
    expect(changedLines).toEqual(['  - "Officials were worried [@s, ¶3]."', 'It opens [@s, ¶1]. Officials voiced “deep concern” [@s, ¶3; @other, ¶2]. Unrelated [@other, ¶3].']);
  });

  it('once nothing changed or went, unpins citations pinned to the current text and clears the source', () => {
    const settled = planReanchoring([{ file: 'b.mdx', text: 'Moved [@s, ¶2]. Checked [@s@v2, ¶4].' }], library);
    expect(settled.clearable).toEqual(['s']);
    expect(settled.fixes.map((fix) => [fix.before, fix.after])).toEqual([
      ['[@s, ¶2]', '[@s, ¶3]'],
      ['[@s@v2, ¶4]', '[@s, ¶4]'],
    ]);
    expect(withoutReanchorFrom('---\ntitle: "T"\nreanchorFrom: 1\n---\n\nBody.\n')).toBe('---\ntitle: "T"\n---\n\nBody.\n');
  });
});

describe('planReanchoring, in the syntax the build reads', () => {
  it('rewrites ranges, author-in-text locators and corrections, and leaves code and escapes alone', () => {
    const text = [
      '---',
      'corrections:',
      '  - date: "2026-11-30"',
      '    now: "It now says so [@s, ¶2]."',
      '---',
      'A range [@s, ¶¶1–2]. As @s [¶2] says, it was real. Pinned [@s@v1, ¶2].',
      '',
      'Not a citation: `[@s, ¶2]` and \\[@s, ¶2\\].',
      '',
      '<Analysis>',
      'Inside a component [see @s, para. 2, on concern].',
      '</Analysis>',
      '',
    ].join('\n');
    const plan = planReanchoring([{ file: 'b.mdx', text }], library);
    expect(plan.fixes.map((fix) => [fix.line, fix.before, fix.after])).toEqual([
      [4, '[@s, ¶2]', '[@s, ¶3]'],
      [6, '[@s, ¶¶1–2]', '[@s, ¶1, ¶3]'],
      [6, '@s [¶2]', '@s [¶3]'],
      [11, '[see @s, para. 2, on concern]', '[see @s, ¶3, on concern]'],
    ]);
    const fixed = applyFixes(text, plan.fixes);
    expect(fixed).toContain('Pinned [@s@v1, ¶2].');
    expect(fixed).toContain('`[@s, ¶2]` and \\[@s, ¶2\\]');
  });

  it('rewrites a split paragraph as a range', () => {
    const split = createSourceLibrary([
      { slug: 's', facts, blocks: paragraphs('The group lost its territory.', 'It kept its networks.'), previous: [{ facts, blocks: paragraphs('The group lost its territory. It kept its networks.') }], reanchorFrom: 1 },
    ]);
    expect(planReanchoring([{ file: 'b.mdx', text: 'Both [@s, ¶1].' }], split).fixes.map((fix) => fix.after)).toEqual(['[@s, ¶1–2]']);
  });
});

describe('TextQuoteSelector', () => {
  it('records the quoted text with 32 characters each side, and finds the occurrence whose context agrees', () => {
    const text = 'At first the danger is real, said one; at last, officials said the danger is real.';
    const start = text.lastIndexOf('the danger');
    const selector = textQuoteSelector(text, start, start + 'the danger is real'.length);
    expect(selector).toEqual({ type: 'TextQuoteSelector', exact: 'the danger is real', prefix: text.slice(start - 32, start), suffix: '.' });
    const passage = toMatchablePassage({ anchor: 'p-1', paragraph: 1, text });
    expect(findTextQuote(selector, [passage])?.start).toBe(start);
  });
});
