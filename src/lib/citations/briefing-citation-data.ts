import type { Passage } from '../sources/types.ts';
import type { BriefingCitations } from './citation-record.ts';
import { textQuoteSelector, type TextQuoteSelector } from './text-quote-selector.ts';

/** A cited source as `citations.json` describes it. */
export interface CitedSourceData {
  /** The slug briefings cite it by (`[@slug, ¶N]`), also its CSL-JSON `id`. */
  id: string;
  /** The short name its markers show ("Shafaq"). */
  label: string;
  title: string;
  publisher: string;
  /** Its page in our source library. */
  page: string;
  /** Its CSL-JSON. */
  csl: string;
  /** The original at the publisher, when its address is known. */
  original: string | null;
}

/** One citation of a briefing: the claim, where it points, and the quotation it verifies. */
export interface CitationDatum {
  /** Element id of the citation link in the briefing (`cite-3`). */
  id: string;
  /** The citation link in the briefing. */
  at: string;
  /** The claim: the sentence the citation stands in, citation markers removed; null where it was not recorded. */
  sentence: string | null;
  /** The cited source's id (see `sources`). */
  source: string;
  /** The paragraph number cited, or null when the citation names another passage (a bio, a note) or the whole source. */
  paragraph: number | null;
  /** The cited passage on the source page, or null when the whole source is cited. */
  passage: { anchor: string; label: string; url: string } | null;
  /**
   * For a quotation, the words quoted as the source has them, with up to 32 characters
   * before and after within the passage: a W3C Web Annotation TextQuoteSelector over the
   * passage's text. Null when the claim quotes nothing.
   */
  quotation: TextQuoteSelector | null;
}

/** A briefing's citations as data: `/briefings/<slug>/citations.json`. */
export interface BriefingCitationData {
  briefing: { id: string; title: string; url: string; published: string };
  sources: CitedSourceData[];
  citations: CitationDatum[];
}

export interface BriefingCitationDataInput {
  briefing: BriefingCitationData['briefing'];
  /** What the citation plugin recorded. */
  citations: BriefingCitations;
  /** Each cited source's description, by slug. */
  sources: ReadonlyMap<string, Omit<CitedSourceData, 'id' | 'label'>>;
  /** Each cited source's passages, by slug. */
  passages: ReadonlyMap<string, readonly Passage[]>;
  /** Absolute URL of a passage (`#p-5`) on a source page. */
  passageUrl: (slug: string, anchor: string) => string;
}

/**
 * Everything a machine needs to check a briefing's citations: each citation's claim, source,
 * passage and, for quotations, a selector that finds the quoted words in the source text.
 * Derived from the citation plugin's record; fails on a record that names an unknown source,
 * passage or card, which would be a plugin bug.
 */
export function briefingCitationData(input: BriefingCitationDataInput): BriefingCitationData {
  const { citations } = input;
  const sources = citations.sources.map((cited): CitedSourceData => {
    const source = input.sources.get(cited.slug);
    if (!source) throw new Error(`citations of ${input.briefing.id}: no description of the cited source "${cited.slug}"`);
    return { id: cited.slug, label: cited.label, ...source };
  });
  const cards = new Map(citations.cards.map((card) => [card.id, card]));
  const data = citations.links.map((link): CitationDatum => {
    const card = cards.get(link.card);
    if (!card) throw new Error(`citations of ${input.briefing.id}: link ${link.id} names the unknown card ${link.card}`);
    const passage = link.anchor ? input.passages.get(link.slug)?.find((candidate) => candidate.anchor === link.anchor) : undefined;
    if (link.anchor && !passage) throw new Error(`citations of ${input.briefing.id}: link ${link.id} points at ${link.slug}#${link.anchor}, which is not a passage of that source`);
    const highlight = passage && card.anchor === link.anchor ? card.highlight : undefined;
    return {
      id: link.id,
      at: `${input.briefing.url}#${link.id}`,
      sentence: link.sentence ?? null,
      source: link.slug,
      paragraph: link.paragraph ?? null,
      passage: passage ? { anchor: passage.anchor, label: passage.label, url: input.passageUrl(link.slug, passage.anchor) } : null,
      quotation: passage && highlight ? textQuoteSelector(passage.text, highlight.start, highlight.end) : null,
    };
  });
  return { briefing: input.briefing, sources, citations: data };
}
