import type { CollectionEntry } from 'astro:content';
import { publishedBriefings } from './briefings.ts';
import { citedParagraphsInText, type CitedParagraphs } from './lib/sources/cited-paragraphs.ts';

/**
 * Which paragraphs of which sources the published briefings cite. Everything that depends on
 * it — excerpts-only source pages, and so what search indexes of them — asks here, so that
 * pointing this one function at the citation library's index changes them all.
 */
let cache: Promise<CitedParagraphs> | undefined;
export function citedParagraphsBySource(): Promise<CitedParagraphs> {
  const compute = () =>
    publishedBriefings().then((briefings) => {
      const cited: CitedParagraphs = new Map();
      for (const briefing of briefings) citedParagraphsInText(briefing.body ?? '', cited);
      return cited;
    });
  // Once per build; the dev server recomputes, since briefings change under it.
  if (import.meta.env.DEV) return compute();
  cache ??= compute();
  return cache;
}

/** The paragraph numbers of one source that published briefings cite. */
export async function citedParagraphs(sourceSlug: string): Promise<ReadonlySet<number>> {
  return (await citedParagraphsBySource()).get(sourceSlug) ?? new Set();
}

/** The sources a briefing cites, in the order its frontmatter lists them. */
export function citedSourceSlugs(briefing: CollectionEntry<'briefings'>): readonly string[] {
  return briefing.data.sources;
}
