import type { BriefingCitations } from './citation-record.ts';

/** One citing briefing, as a source page lists it. */
export interface CitingBriefing {
  slug: string;
  title: string;
  /** How many of its citations point at this source. */
  count: number;
  /** Paragraph numbers it cites, ascending. */
  paragraphs: number[];
}

/** A link back from a source passage to the citation that points at it. */
export interface Backlink {
  briefing: string;
  title: string;
  /** Element id of the citation link in the briefing (`cite-3`). */
  linkId: string;
}

export interface SourceCitations {
  briefings: CitingBriefing[];
  /** Passage anchor (`p-5`) → the citations that point at it, in briefing then document order. */
  byAnchor: Map<string, Backlink[]>;
}

/**
 * Turns each briefing's citations into the view from the sources: which briefings cite a
 * source, and which citations point at each of its passages. Briefings keep the order given.
 */
export function indexCitationsBySource(
  briefings: readonly { slug: string; title: string; citations: BriefingCitations }[],
): Map<string, SourceCitations> {
  const index = new Map<string, SourceCitations>();
  const entryFor = (slug: string) => {
    let entry = index.get(slug);
    if (!entry) {
      entry = { briefings: [], byAnchor: new Map() };
      index.set(slug, entry);
    }
    return entry;
  };
  for (const briefing of briefings) {
    for (const link of briefing.citations.links) {
      const entry = entryFor(link.slug);
      let citing = entry.briefings.find((candidate) => candidate.slug === briefing.slug);
      if (!citing) {
        citing = { slug: briefing.slug, title: briefing.title, count: 0, paragraphs: [] };
        entry.briefings.push(citing);
      }
      citing.count += 1;
      // A range or list (`¶5–6`) cites each of its paragraphs: each is published and links back.
      const covered = link.covers ?? (link.anchor ? [{ paragraph: link.paragraph, anchor: link.anchor }] : []);
      for (const { paragraph, anchor } of covered) {
        if (paragraph !== undefined && !citing.paragraphs.includes(paragraph)) {
          citing.paragraphs.push(paragraph);
          citing.paragraphs.sort((a, b) => a - b);
        }
        const backlinks = entry.byAnchor.get(anchor) ?? [];
        backlinks.push({ briefing: briefing.slug, title: briefing.title, linkId: link.id });
        entry.byAnchor.set(anchor, backlinks);
      }
    }
  }
  return index;
}

/** Paragraph numbers of a source that any briefing cites, ascending (what an excerpts-only source publishes). */
export function citedParagraphs(entry: SourceCitations | undefined): number[] {
  if (!entry) return [];
  return [...new Set(entry.briefings.flatMap((briefing) => briefing.paragraphs))].sort((a, b) => a - b);
}

/** Backlinks of one passage, one per citing briefing: the first citation and how many there are. */
export function groupBacklinks(backlinks: readonly Backlink[]): (Backlink & { count: number })[] {
  const grouped: (Backlink & { count: number })[] = [];
  for (const backlink of backlinks) {
    const existing = grouped.find((candidate) => candidate.briefing === backlink.briefing);
    if (existing) existing.count += 1;
    else grouped.push({ ...backlink, count: 1 });
  }
  return grouped;
}
