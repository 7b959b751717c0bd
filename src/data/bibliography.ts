import type { CollectionEntry } from 'astro:content';
import { SITE, absoluteUrl } from '../config.ts';
import { briefingToCsl, sourceToCsl, type CslItem } from '../lib/sources/csl-json.ts';
import { routes } from '../lib/routes.ts';
import { perBuild, perBuildBy } from './memo.ts';
import { sourceBySlug, sourcesBySlug } from './sources.ts';

/** A source's reference as a CSL-JSON item, its id the source's slug. */
export const cslOfSource = perBuildBy(async (slug: string): Promise<CslItem> => sourceToCsl(slug, (await sourceBySlug(slug)).data));

/** Every source's CSL-JSON item, in slug order (so the files are the same whatever order the collection loads in). */
export const bibliography = perBuild(async (): Promise<CslItem[]> => {
  const slugs = [...(await sourcesBySlug()).keys()].sort();
  return Promise.all(slugs.map((slug) => cslOfSource(slug)));
});

/** A briefing's own reference: a web page of this site, as "Cite this briefing" gives it. */
export function cslOfBriefing(briefing: CollectionEntry<'briefings'>): CslItem {
  return briefingToCsl(briefing.id, {
    title: briefing.data.title,
    authors: briefing.data.authors,
    published: briefing.data.published,
    url: absoluteUrl(routes.briefing(briefing.id)),
    siteName: SITE.name,
    language: SITE.language,
  });
}
