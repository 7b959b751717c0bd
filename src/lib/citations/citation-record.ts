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
   * The kept version of the source it cites, when pinned to one (`[@slug@v1, ¶4]`): its anchor
   * and paragraph are that text's, on that version's page. Absent for the current text.
   */
  version?: number;
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
  /** The kept version of the source whose passage the card shows, as on the link; absent for the current text. */
  version?: number;
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

/** A correction's `now` or an update's `text`, as the citations plugin renders it: one paragraph with its citations as links. */
export interface RenderedNote {
  /** One paragraph of HTML (`<p>…</p>`). */
  html: string;
}

/** A briefing's corrections, or its updates, in frontmatter order, and what their citations recorded. */
export interface RenderedNoteList {
  notes: RenderedNote[];
  citations: BriefingCitations;
}

/**
 * A briefing's corrections and updates as the citations plugin renders them, each list with a
 * citation record of its own (the corrections head the page, the updates close it): their link and
 * card ids carry the briefing's name, so every briefing's notes can share one page (/corrections/).
 */
export interface RenderedNotes {
  corrections: RenderedNoteList;
  updates: RenderedNoteList;
}

/**
 * Several documents' citations shown on one page (a briefing's corrections, body and updates): sources in
 * order of first citation with their paragraphs joined, links and cards in order.
 */
export function mergeCitations(...records: readonly BriefingCitations[]): BriefingCitations {
  const sources: BriefingCitations['sources'] = [];
  for (const record of records) {
    for (const source of record.sources) {
      const known = sources.find((candidate) => candidate.slug === source.slug);
      if (!known) sources.push({ ...source, paragraphs: [...source.paragraphs] });
      else known.paragraphs = [...new Set([...known.paragraphs, ...source.paragraphs])].sort((a, b) => a - b);
    }
  }
  return { sources, links: records.flatMap((record) => record.links), cards: records.flatMap((record) => record.cards) };
}
