import { citationsBySource } from './citations.ts';
import type { BriefingCitations } from '../lib/citations/citation-record.ts';
import { citedParagraphs as citedParagraphsOf } from '../lib/citations/index-citations.ts';

/**
 * The paragraph numbers of one source that published briefings cite, as the citation library
 * resolved them (locators, and quotations matched to a paragraph without one). Excerpts-only
 * source pages publish exactly these — and so search indexes only these.
 */
export async function citedParagraphs(sourceSlug: string): Promise<ReadonlySet<number>> {
  return new Set(citedParagraphsOf((await citationsBySource()).get(sourceSlug)));
}

/** The sources a briefing actually cites, in the order of its Sources list (first citation first). */
export function citedSourceSlugs(citations: BriefingCitations): readonly string[] {
  return citations.sources.map((source) => source.slug);
}
