import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../../src/lib/sources/align-versions.ts';
import { listSourceFiles } from '../../../src/lib/sources/source-versions.ts';
import { versionChanges } from '../../../src/lib/sources/version-changes.ts';

const folder = (names: Record<string, string[]>) => (name: string) => names[name] ?? [];

describe('listSourceFiles', () => {
  it('lists each source with its kept versions, oldest first', () => {
    const { sources, problems } = listSourceFiles('content/sources', [{ name: 'a.md', directory: false }, { name: 'b.md', directory: false }, { name: 'b', directory: true }], folder({ b: ['v2.md', 'v1.md'] }));
    expect(problems).toEqual([]);
    expect(sources).toEqual([
      { slug: 'a', current: 'a.md', previous: [] },
      { slug: 'b', current: 'b.md', previous: ['b/v1.md', 'b/v2.md'] },
    ]);
  });
  it('reports a gap, a stray file and a version folder without its source', () => {
    const { problems } = listSourceFiles('content/sources', [{ name: 'b.md', directory: false }, { name: 'b', directory: true }, { name: 'c', directory: true }], folder({ b: ['v2.md', 'notes.txt'] }));
    expect(problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      'content/sources/c/: holds earlier versions of a source, but there is no content/sources/c.md, the current text.',
      "content/sources/b/notes.txt: is not a version of the source: only v1.md, v2.md … belong in a source's version folder.",
      'content/sources/b/v2.md: version 2 is kept, but version 1 is missing: versions count 1, 2, 3 … with no gap.',
    ]);
  });
});

describe('alignParagraphs and versionChanges', () => {
  const A = 'Alpha paragraph about the group.';
  const B = 'Beta paragraph about the coalition and its mission in Iraq.';
  const C = 'Gamma paragraph.';
  it('ignores typography: re-typed quotes and dashes are the same paragraph', () => {
    expect(alignParagraphs(['He said “it is real” – again.'], ['He said "it is real" - again.']).fates).toEqual([{ kind: 'same', to: 1 }]);
  });
  it('describes what happened to each paragraph in the newer text’s order', () => {
    const blocks = (...texts: string[]) => texts.map((text) => ({ role: 'paragraph' as const, lines: [text] }));
    const changes = versionChanges(blocks(A, B, C), blocks('New first.', A, 'Beta paragraph about the coalition and its mission in Syria.'));
    expect(changes.paragraphs.map((change) => change.kind)).toEqual(['added', 'moved', 'changed', 'removed']);
    expect(changes.counts).toEqual({ unchanged: 0, moved: 1, changed: 1, removed: 1, added: 1 });
  });
});
