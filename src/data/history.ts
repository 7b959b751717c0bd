import { getEntry } from 'astro:content';
import { withCitationMarkers } from '../lib/citations/citation-markers.ts';
import { buildMoment } from '../lib/dates/build-date.ts';
import { publishedRevisions, type Revision } from '../lib/history/revision-history.ts';
import type { BriefingHistoryData } from '../loaders/history-loader.ts';
import { perBuildBy } from './memo.ts';
import { sourceLibrary } from './sources.ts';

export interface BriefingHistory {
  status: BriefingHistoryData['status'];
  reason?: string | undefined;
  /** Published revisions, newest first. */
  revisions: Revision[];
}

/** A briefing's published revisions (committed on or before the build date, not drafts), newest first, each with what it changed. */
export const historyOf = perBuildBy(async (slug: string): Promise<BriefingHistory> => {
  const entry = await getEntry('revisions', slug);
  const data = entry?.data as BriefingHistoryData | undefined;
  if (!data) return { status: 'unavailable', reason: 'the briefing file is not in the history', revisions: [] };
  // Citations as readers see their markers, never as keys: a page publishes nothing citation-shaped.
  const library = await sourceLibrary();
  const names = (slug: string) => library.get(slug);
  const shown = (text: string) => withCitationMarkers(text, names);
  return { status: data.status, reason: data.reason, revisions: publishedRevisions(data.revisions, buildMoment(process.env.BUILD_DATE), shown).reverse() };
});
