import { getCollection } from 'astro:content';
import type { BriefingCitations } from '../lib/citations/citation-record.ts';
import { peopleIndex } from '../lib/people/people-index.ts';
import { ProblemError, warnOnConsole } from '../lib/problems.ts';
import { perBuild } from './memo.ts';
import { renderEntry } from './rendered.ts';
import { sourceLibrary } from './sources.ts';

/**
 * The people and organizations index for /people/: each entry rendered with its citations and
 * the passages that name it. An entry naming an unknown source fails the build; a source whose
 * publisher has no entry is a warning.
 */
export const peopleIndexPage = perBuild(async () => {
  const entries = await Promise.all(
    (await getCollection('people')).map(async (entry) => {
      const { Content, citations } = await renderEntry(entry);
      // `?? []`: an Astro data store cached before the field existed returns entries without it.
      return { ...entry.data, id: entry.id, file: entry.filePath ?? `content/people/${entry.id}.md`, publisherOf: entry.data.publisherOf ?? [], Content, citations };
    }),
  );
  const index = peopleIndex(entries, await sourceLibrary());
  if (index.problems.length > 0) throw new ProblemError(index.problems);
  for (const warning of index.warnings) warnOnConsole(warning);
  const allCitations: BriefingCitations = { sources: [], links: entries.flatMap((entry) => entry.citations.links), cards: entries.flatMap((entry) => entry.citations.cards) };
  return { sections: index.sections, citations: allCitations };
});
