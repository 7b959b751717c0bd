/** The people and organizations index: which source passages name each entry, and which section lists it. */
export { findMentions, type Mention, type SourceMentions } from './find-mentions.ts';
export { INDEX_SECTIONS, endnoteSources, indexSection, namedOnlyInEndnotes, type IndexEntryFacts, type IndexSection } from './index-sections.ts';
