import type { CollectionEntry } from 'astro:content';
import { absoluteUrl } from '../config.ts';
import { briefingCitationData, type BriefingCitationData } from '../lib/citations/briefing-citation-data.ts';
import type { BriefingCitations } from '../lib/citations/citation-record.ts';
import { citedParagraphs as citedParagraphsIn, indexCitationsBySource, type SourceCitations } from '../lib/citations/index-citations.ts';
import { sourceDate } from '../lib/sources/source-date.ts';
import { isoDay } from '../lib/dates/format-day.ts';
import { routes } from '../lib/routes.ts';
import { publishedBriefings } from './briefings.ts';
import { perBuild } from './memo.ts';
import { notesOf } from './briefing-notes.ts';
import { mergeCitations } from '../lib/citations/citation-record.ts';
import { renderEntry } from './rendered.ts';
import { passagesOfSource, sourceBySlug } from './sources.ts';

/**
 * Every citation a briefing's page shows, as the citations plugin recorded them, in the page's
 * order: its corrections' (at its top), the takeaways' and body's, its updates' (at its end).
 */
export async function citationsOf(briefing: CollectionEntry<'briefings'>): Promise<BriefingCitations> {
  const [{ citations }, notes] = await Promise.all([renderEntry(briefing), notesOf(briefing)]);
  return mergeCitations(notes.citations.corrections, citations, notes.citations.updates);
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

/** A briefing's citations as data for other tools (`/briefings/<slug>/citations.json`): claims, passages, quotation selectors. */
export async function citationDataOf(briefing: CollectionEntry<'briefings'>): Promise<BriefingCitationData> {
  const citations = await citationsOf(briefing);
  const slugs = citations.sources.map((source) => source.slug);
  const sources = new Map(
    await Promise.all(
      slugs.map(async (slug) => {
        const { data } = await sourceBySlug(slug);
        const description = { title: data.title, publisher: data.publisher, page: absoluteUrl(routes.source(slug)), csl: absoluteUrl(routes.sourceCslJson(slug)), original: data.url };
        return [slug, description] as const;
      }),
    ),
  );
  const passages = new Map(await Promise.all(slugs.map(async (slug) => [slug, await passagesOfSource(slug)] as const)));
  return briefingCitationData({
    briefing: { id: briefing.id, title: briefing.data.title, url: absoluteUrl(routes.briefing(briefing.id)), published: isoDay(briefing.data.published) },
    citations,
    sources,
    passages,
    passageUrl: (slug, anchor) => absoluteUrl(routes.passage(slug, anchor)),
  });
}
