import { getCollection } from 'astro:content';
import type { BriefingCitations } from '../lib/citations/citation-record.ts';
import { publishedBriefings } from './briefings.ts';
import { perBuild } from './memo.ts';
import { renderEntry } from './rendered.ts';

/** The glossary for /glossary/: each term rendered with its citations and the published briefings that link to it, A to Z. */
export const glossaryPage = perBuild(async () => {
  const usedIn = new Map<string, { slug: string; title: string }[]>();
  for (const briefing of await publishedBriefings()) {
    for (const term of (await renderEntry(briefing)).glossaryTerms) {
      usedIn.set(term, [...(usedIn.get(term) ?? []), { slug: briefing.id, title: briefing.data.title }]);
    }
  }
  const entries = await Promise.all(
    (await getCollection('glossary')).map(async (entry) => {
      const { Content, citations } = await renderEntry(entry);
      return { id: entry.id, term: entry.data.term, Content, citations, usedIn: usedIn.get(entry.id) ?? [] };
    }),
  );
  entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const citations: BriefingCitations = { sources: [], links: entries.flatMap((entry) => entry.citations.links), cards: entries.flatMap((entry) => entry.citations.cards) };
  return { entries, citations };
});
