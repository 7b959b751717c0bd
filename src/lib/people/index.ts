/** The people and organizations index: which source passages name each entry. */
export { findMentions, type Mention, type SourceMentions } from './find-mentions.ts';
