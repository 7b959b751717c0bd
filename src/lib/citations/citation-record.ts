/**
 * What a briefing's citations export for its page (Sources list, preview cards) and for
 * the source pages (Cited in, margin backlinks). Plain data, so it survives being passed
 * through Astro's `remarkPluginFrontmatter`.
 */
export interface BriefingCitations {
  /** Cited sources in order of first citation; `label` is the marker readers see ("Shafaq"), the same on every page. */
  sources: { slug: string; label: string; paragraphs: number[] }[];
  /** Every citation link, in document order. */
  links: CitationLinkRecord[];
  /** Preview cards, one per distinct passage and highlighted quotation. */
  cards: CitationCardRecord[];
}

export interface CitationLinkRecord {
  /** Element id of the link in the briefing: `cite-3`. */
  id: string;
  slug: string;
  /** Passage anchor on the source page (`p-5`), or undefined when the link goes to the source page. */
  anchor?: string;
  /** The paragraph it lands on: the first its locator names, or where its quotation was found. */
  paragraph?: number;
  /** Every paragraph a range or list names (`¶5–6` → 5, 6) with its anchor, when there are several. */
  covers?: { paragraph: number; anchor: string }[];
  /** Id of the preview card describing it. */
  card: string;
  /**
   * The claim: the sentence the citation stands in, as its document reads, citation markers
   * removed (`claimSentence`, src/lib/citations/claim-sentence.ts). Published in the
   * briefing's citations.json; absent where the plugin did not record it.
   */
  sentence?: string;
}

export interface CitationCardRecord {
  id: string;
  slug: string;
  anchor?: string;
  /** What the card's link names when the citation covers several paragraphs (`¶5–6`). */
  label?: string;
  /** The text directive (`:~:text=…`) that highlights every paragraph of a range or list on arrival. */
  textDirective?: string;
  /** The verified quotation's span in the passage as received, to highlight. */
  highlight?: { start: number; end: number };
}

export function emptyCitations(): BriefingCitations {
  return { sources: [], links: [], cards: [] };
}

/** A key takeaway as the citations plugin renders it: with its citations as links, and as plain text. */
export interface RenderedTakeaway {
  /** Inline HTML: its citation markers are links with preview cards, like the body's. */
  html: string;
  /** Its words without the markers (an author-in-text citation as the source's name): for the feed and structured data. */
  text: string;
  /** How many citations it carries (the editorial rules want at least one). */
  citations: number;
}
