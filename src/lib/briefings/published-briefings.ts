/** What decides whether a briefing is public. */
export interface PublishableBriefing {
  data: { draft: boolean; published: Date };
}

/**
 * Briefings a build publishes: in production, no drafts and nothing dated after `now`;
 * in development (`includeUnpublished`), everything, so authors can preview.
 */
export function isPublished(briefing: PublishableBriefing, now: Date, includeUnpublished: boolean): boolean {
  if (includeUnpublished) return true;
  return !briefing.data.draft && briefing.data.published.getTime() <= now.getTime();
}

/** Newest first, then by id so equal dates keep a stable order. */
export function byPublishedDesc<T extends PublishableBriefing & { id: string }>(a: T, b: T): number {
  return b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id);
}
