/**
 * The structured form of a source article. Ingestion turns plain text into this
 * before anything writes Markdown; the source page and the citation library read
 * it back from `content/sources/<slug>.md`.
 */

/** What a block of the received text is. Only `paragraph` blocks are numbered `p-N`. */
export type BlockRole =
  /** The article's title line as it appeared in the text. */
  | 'title'
  /** A line naming the publisher, standing alone at the top. */
  | 'publisher'
  /** Author, publisher and date lines at the top, kept as received. */
  | 'byline'
  /** A note about the authors. */
  | 'bio'
  /** A section heading. */
  | 'heading'
  /** A body paragraph: addressable as `p-N`. */
  | 'paragraph'
  /** The endnotes, one line each. */
  | 'notes'
  /** Reader calls to action, navigation residue and similar text that is not the article. */
  | 'boilerplate'
  /** A closing staff credit. */
  | 'credit';

export interface SourceBlock {
  role: BlockRole;
  /** The block's lines exactly as received (a paragraph has one; a byline or the notes may have several). */
  lines: string[];
}

/** A block's address on the source page. */
export interface Passage {
  /** Fragment id on the source page: `p-3`, `bio-1`, `note-2`. */
  anchor: string;
  /** What readers see: `¶3`, `bio`, `note 2`. */
  label: string;
  /** The passage's text as received. */
  text: string;
  /** Paragraph number for `paragraph` passages, otherwise undefined. */
  paragraph?: number;
}

export interface ParsedArticle {
  blocks: SourceBlock[];
}
