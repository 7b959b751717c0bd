import { describe, expect, it } from 'vitest';
import { endnoteSources, indexSection, namedOnlyInEndnotes } from '../../../src/lib/people/index-sections.ts';
import type { SourceMentions } from '../../../src/lib/people/find-mentions.ts';

const mention = (slug: string, anchor: string) => ({ slug, anchor, label: anchor, as: 'x' });
const inNotes: SourceMentions[] = [{ slug: 'carnegie', mentions: [mention('carnegie', 'note-2'), mention('carnegie', 'note-3')] }];
const inText: SourceMentions[] = [{ slug: 'carnegie', mentions: [mention('carnegie', 'p-11'), mention('carnegie', 'note-1')] }];
const inBio: SourceMentions[] = [{ slug: 'nyt', mentions: [mention('nyt', 'bio-1')] }];

describe('namedOnlyInEndnotes', () => {
  it('is true only when every mention is an endnote', () => {
    expect(namedOnlyInEndnotes(inNotes)).toBe(true);
    expect(namedOnlyInEndnotes(inText)).toBe(false);
    expect(namedOnlyInEndnotes(inBio)).toBe(false);
    expect(namedOnlyInEndnotes([])).toBe(false);
  });
});

describe('indexSection', () => {
  it('sorts entries into people, organizations, publishers and endnote-only names', () => {
    expect(indexSection({ kind: 'person', publisherOf: [], mentions: inText })).toBe('people');
    expect(indexSection({ kind: 'organization', publisherOf: [], mentions: inBio })).toBe('organizations');
    expect(indexSection({ kind: 'person', publisherOf: [], mentions: inNotes })).toBe('endnotes');
    expect(indexSection({ kind: 'organization', publisherOf: [], mentions: inNotes })).toBe('endnotes');
  });

  it('lists a publisher among the publishers whether or not the text names it', () => {
    expect(indexSection({ kind: 'organization', publisherOf: ['archyde'], mentions: [] })).toBe('publishers');
    expect(indexSection({ kind: 'organization', publisherOf: ['shafaq'], mentions: inText })).toBe('publishers');
  });
});

describe('endnoteSources', () => {
  it('names each source whose endnotes hold endnote-only entries, once', () => {
    const entries = [
      { kind: 'person' as const, publisherOf: [], mentions: inNotes },
      { kind: 'organization' as const, publisherOf: [], mentions: inNotes },
      { kind: 'person' as const, publisherOf: [], mentions: inBio },
    ];
    expect(endnoteSources(entries)).toEqual(['carnegie']);
  });
});
