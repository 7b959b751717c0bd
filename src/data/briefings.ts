import { getCollection, type CollectionEntry } from 'astro:content';
import { byPublishedDesc, isPublished } from '../lib/briefings/published-briefings.ts';
import { buildMoment } from '../lib/dates/build-date.ts';
import { perBuild } from './memo.ts';

/**
 * The briefings this build publishes, newest first. `npm run dev` shows drafts and
 * future-dated briefings; a production build leaves them out of every page and index.
 * BUILD_DATE (YYYY-MM-DD) pins "now" so that builds are reproducible.
 */
export const publishedBriefings = perBuild(async (): Promise<CollectionEntry<'briefings'>[]> => {
  const now = buildMoment(process.env.BUILD_DATE);
  const all = await getCollection('briefings');
  return all.filter((briefing) => isPublished(briefing, now, import.meta.env.DEV)).sort(byPublishedDesc);
});
