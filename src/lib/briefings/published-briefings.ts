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

/**
 * Why a briefing, read from its raw frontmatter (as Markdown plugins see it, before the schema),
 * is not published as of `now`: "a draft", "a briefing dated 2027-01-01, after the build date"; or undefined
 * when it is published. The same rule as isPublished, for code that runs before validation.
 */
export function unpublishedReason(frontmatter: { draft?: unknown; published?: unknown }, now: Date): string | undefined {
  if (frontmatter.draft === true) return 'a draft';
  const { published } = frontmatter;
  const day = published instanceof Date ? published : typeof published === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(published.trim()) ? new Date(`${published.trim()}T00:00:00Z`) : undefined;
  if (day && !Number.isNaN(day.getTime()) && day.getTime() > now.getTime()) return `a briefing dated ${day.toISOString().slice(0, 10)}, after the build date`;
  return undefined;
}
