import type { CollectionEntry } from 'astro:content';
import type { BriefingCitations } from '../lib/citations/citation-record.ts';
import { citedParagraphs as citedParagraphsIn, indexCitationsBySource, type SourceCitations } from '../lib/citations/index-citations.ts';
import { sourceDate } from '../lib/sources/source-date.ts';
import { publishedBriefings } from './briefings.ts';
import { perBuild } from './memo.ts';
import { renderEntry } from './rendered.ts';
import { sourceBySlug } from './sources.ts';

/** A briefing's citations, as the citation plugin recorded them. */
export async function citationsOf(briefing: CollectionEntry<'briefings'>): Promise<BriefingCitations> {
  return (await renderEntry(briefing)).citations;
}

/** Which published briefings cite each source, and each cited passage's backlinks. */
export const citationsBySource = perBuild(async (): Promise<Map<string, SourceCitations>> => {
  const briefings = await publishedBriefings();
  const withCitations = await Promise.all(
    briefings.map(async (briefing) => ({ slug: briefing.id, title: briefing.data.title, citations: await citationsOf(briefing) })),
  );
  return indexCitationsBySource(withCitations);
});

/**
 * The paragraph numbers of one source that published briefings cite, as the citation library
 * resolved them (locators, and quotations matched to a paragraph without one). Excerpts-only
 * source pages publish exactly these — and so search indexes only these.
 */
export async function citedParagraphs(sourceSlug: string): Promise<ReadonlySet<number>> {
  return new Set(citedParagraphsIn((await citationsBySource()).get(sourceSlug)));
}

/** The sources a document cites, in order of first citation, with their collection data and date. */
export async function citedSources(citations: BriefingCitations) {
  return Promise.all(
    citations.sources.map(async (cited) => {
      const source = await sourceBySlug(cited.slug);
      return { ...cited, data: source.data, date: sourceDate(source.data.published) };
    }),
  );
}
