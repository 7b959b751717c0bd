import { describe, expect, it } from 'vitest';
import { createSourceLibrary } from '../../../src/lib/citations/source-library.ts';
import { findMentions } from '../../../src/lib/people/find-mentions.ts';
import type { SourceBlock } from '../../../src/lib/sources/types.ts';

const facts = { title: 't', publisher: 'p', authors: [], published: '2025', datePrecision: 'year' as const, url: null, rights: 'full-text' as const };
const block = (role: SourceBlock['role'], ...lines: string[]) => ({ role, lines }) as SourceBlock;

const library = createSourceLibrary([
  {
    slug: 'b-source',
    facts,
    blocks: [
      block('paragraph', 'Security analyst Sarmad al-Bayati said the group is weak.'),
      block('paragraph', 'Nobody is named here.'),
      block('bio', 'Mr. Clarke is the director of research at the Soufan Group.'),
      block('paragraph', 'Al-Bayati added a caveat.'),
    ],
  },
  {
    slug: 'a-source',
    facts,
    blocks: [block('paragraph', 'First.'), block('notes', '1 Sarmad al-Bayati, “A paper,” 2019,')],
  },
]);

describe('findMentions', () => {
  it('lists every passage naming the entry, by source in library order, with anchors and labels', () => {
    const mentions = findMentions({ id: 'bayati', names: ['Sarmad al-Bayati', 'al-Bayati'] }, library);
    expect(mentions).toEqual([
      { slug: 'a-source', mentions: [{ slug: 'a-source', anchor: 'note-1', label: 'note 1', as: 'Sarmad al-Bayati' }] },
      {
        slug: 'b-source',
        mentions: [
          { slug: 'b-source', anchor: 'p-1', label: '¶1', as: 'Sarmad al-Bayati' },
          { slug: 'b-source', anchor: 'p-3', label: '¶3', as: 'Al-Bayati' },
        ],
      },
    ]);
  });

  it('finds names in author bios', () => {
    const mentions = findMentions({ id: 'soufan', names: ['Soufan Group'] }, library);
    expect(mentions.flatMap((group) => group.mentions.map((mention) => mention.label))).toEqual(['author bio']);
  });

  it('returns nothing for a name no source uses', () => {
    expect(findMentions({ id: 'nobody', names: ['Jane Doe'] }, library)).toEqual([]);
  });
});
