import { describe, expect, it } from 'vitest';
import { parseFollowLog, publishedRevisions, type StoredRevision } from '../../../src/lib/history/revision-history.ts';

const file = (body: string, extra = '') => `---\ntitle: "T"\ndek: "D"\nkeyTakeaways:\n  - "One."\n${extra}---\nimport X from './x.astro';\n\n## Section\n\n${body}\n`;

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

  it('labels a revision from its text as written, and shows its changes as readers see them', () => {
    const [, citations] = publishedRevisions(history, new Date('2026-03-15T00:00:00Z'), (text) => text.replace(/@s, /gu, 'S '));
    expect(citations?.kind).toBe('citations');
    expect(citations?.changes.find((change) => change.kind === 'changed')).toMatchObject({
      parts: [
        { kind: 'same', text: 'It is much [S ¶' },
        { kind: 'removed', text: '4' },
        { kind: 'added', text: '5' },
        { kind: 'same', text: '].' },
      ],
    });
  });
});
