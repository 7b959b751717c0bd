import { describe, expect, it } from 'vitest';
import { briefingProse } from '../../../src/lib/history/briefing-prose.ts';
import { classifyRevision } from '../../../src/lib/history/classify-revision.ts';
import { historyCacheKey, type HistoryKeyInputs } from '../../../src/lib/history/history-key.ts';
import { parseFollowLog, publishedRevisions, type StoredRevision } from '../../../src/lib/history/revision-history.ts';
import { blockDiff, wordDiff } from '../../../src/lib/history/word-diff.ts';
import { editDistance } from '../../../src/lib/text/edit-distance.ts';

const file = (body: string, extra = '') => `---\ntitle: "T"\ndek: "D"\nkeyTakeaways:\n  - "One."\n${extra}---\nimport X from './x.astro';\n\n## Section\n\n${body}\n`;

describe('wordDiff and blockDiff', () => {
  it('marks deleted and inserted words', () => {
    expect(wordDiff('much of the leadership', 'most of the leadership')).toEqual([
      { kind: 'removed', text: 'much' },
      { kind: 'added', text: 'most' },
      { kind: 'same', text: ' of the leadership' },
    ]);
  });
  it('counts untouched blocks, pairs changed ones and keeps added ones whole', () => {
    const a = { section: 'S', text: 'One.' };
    const b = { section: 'S', text: 'Two words.' };
    const changes = blockDiff([a, b], [a, { section: 'S', text: 'Two new words.' }, { section: 'S', text: 'Three.' }]);
    expect(changes.map((change) => change.kind)).toEqual(['unchanged', 'changed', 'added']);
  });
});

describe('classifyRevision', () => {
  it('labels a change of citations only', () => {
    expect(classifyRevision('It is real [@s, ¶4].', 'It is real [@s, ¶5].')).toBe('citations');
    expect(classifyRevision('It is real.', 'It is real [@s, ¶5].')).toBe('citations');
  });
  it('labels words changed within two edits, citations untouched, as typo fixes', () => {
    expect(classifyRevision('The goverment said so [@s, ¶1].', 'The government said so [@s, ¶1].')).toBe('typo');
    expect(editDistance('goverment', 'government')).toBe(1);
  });
  it('labels anything else an edit', () => {
    expect(classifyRevision('Much of it [@s, ¶1].', 'Most of it [@s, ¶1].')).toBe('edit');
    expect(classifyRevision('The goverment said so [@s, ¶1].', 'The government said so [@s, ¶2].')).toBe('edit');
    expect(classifyRevision('It is real.', 'It is very real.')).toBe('edit');
  });
  it('says when the prose did not change at all', () => {
    expect(classifyRevision('Same [@s, ¶1].', 'Same  [@s, ¶1].')).toBe('none');
  });
});

describe('briefingProse', () => {
  it('reads title, dek, takeaways and body blocks, without imports or tags', () => {
    const blocks = briefingProse(file('A paragraph with <a href={x}>a link</a>.\n\n<Analysis>\nOur view.\n</Analysis>\n\n- **Item.** Words.'));
    expect(blocks).toEqual([
      { section: 'Title', text: 'T' },
      { section: 'Summary', text: 'D' },
      { section: 'Key takeaways', text: 'One.' },
      { section: 'Section', text: 'Section' },
      { section: 'Section', text: 'A paragraph with a link.' },
      { section: 'Section', text: 'Our view.' },
      { section: 'Section', text: 'Item. Words.' },
    ]);
  });
});

describe('parseFollowLog and publishedRevisions', () => {
  it('reads commits, their dates and the path each had, a merge taking the newer path', () => {
    const output = '\x1eccc\x1f2026-03-01T10:00:00+00:00\n\ncontent/briefings/b.mdx\n\x1ebbb\x1f2026-02-01T10:00:00+00:00\n\x1eaaa\x1f2026-01-01T10:00:00+00:00\n\ncontent/briefings/a.mdx\n';
    expect(parseFollowLog(output)).toEqual([
      { commit: 'ccc', date: '2026-03-01T10:00:00+00:00', path: 'content/briefings/b.mdx' },
      { commit: 'bbb', date: '2026-02-01T10:00:00+00:00', path: 'content/briefings/b.mdx' },
      { commit: 'aaa', date: '2026-01-01T10:00:00+00:00', path: 'content/briefings/a.mdx' },
    ]);
  });

  const stored = (commit: string, date: string, body: string, extra = ''): StoredRevision => ({ commit: commit.repeat(40 / commit.length), date, path: 'x.mdx', text: file(body, extra) });
  const history = [
    stored('d', '2026-04-01T00:00:00Z', 'It is most [@s, ¶5].'),
    stored('c', '2026-03-01T00:00:00Z', 'It is much [@s, ¶5].'),
    stored('b', '2026-02-01T00:00:00Z', 'It is much [@s, ¶4].'),
    stored('a', '2026-01-01T00:00:00Z', 'It is much [@s, ¶4].', 'draft: true\n'),
  ];

  it('keeps revisions committed by the build date, not drafts, oldest first, each labelled and compared with the one before', () => {
    const revisions = publishedRevisions(history, new Date('2026-03-15T00:00:00Z'));
    expect(revisions.map((revision) => [revision.short, revision.kind])).toEqual([
      ['bbbbbbb', 'first'],
      ['ccccccc', 'citations'],
    ]);
    const all = publishedRevisions(history, new Date('2026-05-01T00:00:00Z'));
    expect(all.map((revision) => revision.kind)).toEqual(['first', 'citations', 'edit']);
    expect(all[2]?.changes.find((change) => change.kind === 'changed')).toEqual({
      kind: 'changed',
      section: 'Section',
      parts: [
        { kind: 'same', text: 'It is ' },
        { kind: 'removed', text: 'much' },
        { kind: 'added', text: 'most' },
        { kind: 'same', text: ' [@s, ¶5].' },
      ],
    });
  });
});

describe('historyCacheKey', () => {
  const inputs: HistoryKeyInputs = { head: 'a'.repeat(40), shallow: false, files: ['content/briefings/a.mdx'], code: 'c1' };
  it('changes with each of its inputs: HEAD, a shallow clone, the briefing files, the code', () => {
    const base = historyCacheKey(inputs);
    expect(historyCacheKey({ ...inputs })).toBe(base);
    expect(historyCacheKey({ ...inputs, head: 'b'.repeat(40) })).not.toBe(base);
    expect(historyCacheKey({ ...inputs, shallow: true })).not.toBe(base);
    expect(historyCacheKey({ ...inputs, files: [...inputs.files, 'content/briefings/b.mdx'] })).not.toBe(base);
    expect(historyCacheKey({ ...inputs, code: 'c2' })).not.toBe(base);
  });
});
