import type { SourceLibrary } from '../citations/source-library.ts';
import { findTerms, type TermSpelling } from '../text/find-terms.ts';

/** A passage of a source that names someone. */
export interface Mention {
  /** The source's slug. */
  slug: string;
  /** The passage's anchor on the source page: `p-4`, `bio-1`, `note-2`. */
  anchor: string;
  /** How readers see the passage: `¶4`, `author bio`, `note 2`. */
  label: string;
  /** How the passage names them, as written (first occurrence). */
  as: string;
}

/** Mentions in one source, in passage order. */
export interface SourceMentions {
  slug: string;
  mentions: Mention[];
}

/**
 * Every passage of every source that names an entry (by its name or an alias, as whole
 * words), grouped by source in library order and in passage order within each source.
 * Computed from the source texts, so the index cannot drift from them.
 */
export function findMentions(entry: TermSpelling, library: SourceLibrary): SourceMentions[] {
  const grouped: SourceMentions[] = [];
  for (const slug of library.slugs) {
    const source = library.get(slug);
    if (!source) continue;
    const mentions: Mention[] = [];
    for (const passage of source.passages) {
      const [first] = findTerms(passage.text, [entry]);
      if (!first) continue;
      const label = passage.paragraph !== undefined ? `¶${passage.paragraph}` : passage.anchor.startsWith('bio-') ? 'author bio' : passage.anchor.replace('note-', 'note ');
      mentions.push({ slug, anchor: passage.anchor, label, as: first.text });
    }
    if (mentions.length > 0) grouped.push({ slug, mentions });
  }
  return grouped;
}
