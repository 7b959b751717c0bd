/**
 * The structured form of a source article. Ingestion turns a received text, web page or PDF
 * into this before anything writes Markdown; the source page and the citation library read
 * it back from `content/sources/<slug>.md`.
 */

/** What a block of the received text is. Only `paragraph` blocks are numbered `p-N`. */
export type BlockRole =
  /** The article's title line as it appeared in the text, or a headline repeated in a web page's body. */
  | 'title'
  /** A line naming the publisher, standing alone at the top. */
  | 'publisher'
  /** Author, publisher and date lines at the top, kept as received. */
  | 'byline'
  /** A line giving when (and where) the article was filed or updated: "Published 3 November 2025". */
  | 'dateline'
  /** A note about the authors. */
  | 'bio'
  /** A section heading. */
  | 'heading'
  /** A body paragraph: addressable as `p-N`. */
  | 'paragraph'
  /** A photo or figure caption (its credit may be part of it). */
  | 'caption'
  /** A credit: a closing staff credit, or a photo credit standing on its own. */
  | 'credit'
  /** The endnotes or footnotes, one line each. */
  | 'notes'
  /** Reader calls to action ("Read more …", share and newsletter prompts), navigation residue and similar text that is not the article. */
  | 'boilerplate'
  /** A list of links to other articles ("Related", "More on this story"), one line per link. */
  | 'related'
  /** A PDF's running headers and footers and its page numbers, one line each. */
  | 'page-furniture';

/** Every role, in the order the source format documents them. */
export const BLOCK_ROLES: readonly BlockRole[] = [
  'title',
  'publisher',
  'byline',
  'dateline',
  'bio',
  'heading',
  'paragraph',
  'caption',
  'credit',
  'notes',
  'boilerplate',
  'related',
  'page-furniture',
];

/** How a body paragraph was set in the original: as running text (the default), a block quotation or a list item. */
export type ParagraphForm = 'quote' | 'item';

export interface SourceBlock {
  role: BlockRole;
  /** The block's lines exactly as received (a paragraph has one; a byline or the notes may have several). */
  lines: string[];
  /**
   * BCP 47 language of the block when it differs from the source's `language` (an Arabic
   * paragraph in an English article: "ar"); absent when it is the source's language.
   */
  lang?: string;
  /** For a body paragraph set as a block quotation or a list item; absent for running text. */
  form?: ParagraphForm;
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
