import type { SourceMentions } from './find-mentions.ts';

/** The sections of the people and organizations index, in the order they are shown. */
export const INDEX_SECTIONS = ['people', 'organizations', 'publishers', 'endnotes'] as const;
export type IndexSection = (typeof INDEX_SECTIONS)[number];

/** What decides an entry's section. */
export interface IndexEntryFacts {
  kind: 'person' | 'organization';
  /** Sources the entry published or republished. */
  publisherOf: readonly string[];
  mentions: readonly SourceMentions[];
}

/** True when every passage that names the entry is an endnote: an author or publisher of a work a source cites. */
export function namedOnlyInEndnotes(mentions: readonly SourceMentions[]): boolean {
  const all = mentions.flatMap((group) => group.mentions);
  return all.length > 0 && all.every((mention) => mention.anchor.startsWith('note-'));
}

/**
 * Where an entry goes in the index: the publishers of the sources together; people and
 * organizations named only in a source's endnotes apart, so that the authors of works an
 * article cites do not read as actors in the events; everyone else by kind.
 */
export function indexSection(entry: IndexEntryFacts): IndexSection {
  if (entry.publisherOf.length > 0) return 'publishers';
  if (namedOnlyInEndnotes(entry.mentions)) return 'endnotes';
  return entry.kind === 'person' ? 'people' : 'organizations';
}

/** The sources whose endnotes name the entries of the endnotes section, in library order, each once. */
export function endnoteSources(entries: readonly IndexEntryFacts[]): string[] {
  const slugs: string[] = [];
  for (const entry of entries) {
    if (indexSection(entry) !== 'endnotes') continue;
    for (const group of entry.mentions) if (!slugs.includes(group.slug)) slugs.push(group.slug);
  }
  return slugs;
}
