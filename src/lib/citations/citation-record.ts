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
  paragraph?: number;
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
  /** The verified quotation's span in the passage as received, to highlight. */
  highlight?: { start: number; end: number };
}

export function emptyCitations(): BriefingCitations {
  return { sources: [], links: [], cards: [] };
}

/**
 * Several documents' citations shown on one page (a briefing and its corrections): sources in
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
