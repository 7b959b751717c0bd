import { render, type CollectionEntry } from 'astro:content';
import { emptyCitations, type BriefingCitations } from '../lib/citations/citation-record.ts';
import { indexCitationsBySource, type SourceCitations } from '../lib/citations/index-citations.ts';
import { passagesOf } from '../lib/sources/passages.ts';
import type { Passage } from '../lib/sources/types.ts';
import { publishedBriefings } from './briefings.ts';
import { sourceDate } from '../lib/sources/source-date.ts';
import { blocksOfSource, sourceBySlug } from './sources.ts';

/** A briefing's citations, as the remark plugin exported them. */
export async function citationsOf(briefing: CollectionEntry<'briefings'>): Promise<BriefingCitations> {
  const { remarkPluginFrontmatter } = await render(briefing);
  return (remarkPluginFrontmatter.citations as BriefingCitations | undefined) ?? emptyCitations();
}

let sourceIndex: Promise<Map<string, SourceCitations>> | undefined;

/** Which published briefings cite each source, and each cited passage's backlinks. Computed once per build. */
export function citationsBySource(): Promise<Map<string, SourceCitations>> {
  if (import.meta.env.DEV) sourceIndex = undefined;
  sourceIndex ??= (async () => {
    const briefings = await publishedBriefings();
    const withCitations = await Promise.all(
      briefings.map(async (briefing) => ({ slug: briefing.id, title: briefing.data.title, citations: await citationsOf(briefing) })),
    );
    return indexCitationsBySource(withCitations);
  })();
  return sourceIndex;
}

const passageCache = new Map<string, Passage[]>();

/** A source's addressable passages (paragraphs, bios, notes), computed once per build. */
export async function passagesOfSource(slug: string): Promise<Passage[]> {
  const cached = passageCache.get(slug);
  if (cached && !import.meta.env.DEV) return cached;
  const passages = passagesOf(await blocksOfSource(slug));
  passageCache.set(slug, passages);
  return passages;
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
