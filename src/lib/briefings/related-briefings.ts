/** What relatedness is judged on. */
export interface RelatableBriefing {
  id: string;
  data: { regions: readonly string[]; topics: readonly string[]; published: Date };
}

export interface RelatedBriefing<T> {
  briefing: T;
  /** The regions and topics both briefings carry, regions first, as the candidate spells them. */
  shared: string[];
}

const key = (label: string) => label.trim().toLowerCase();

function sharedLabels(a: readonly string[], b: readonly string[]): string[] {
  const wanted = new Set(a.map(key));
  return b.filter((label) => wanted.has(key(label)));
}

/**
 * The briefings most related to `current`, best first: ranked by how many regions and
 * topics they share with it (labels compared without regard to case), then newest first,
 * then by id so the order is stable. Briefings sharing nothing, and `current` itself, are
 * left out.
 */
export function relatedBriefings<T extends RelatableBriefing>(current: T, candidates: readonly T[], limit = 3): RelatedBriefing<T>[] {
  return candidates
    .filter((candidate) => candidate.id !== current.id)
    .map((candidate) => ({
      briefing: candidate,
      shared: [...sharedLabels(current.data.regions, candidate.data.regions), ...sharedLabels(current.data.topics, candidate.data.topics)],
    }))
    .filter((related) => related.shared.length > 0)
    .sort(
      (a, b) =>
        b.shared.length - a.shared.length ||
        b.briefing.data.published.getTime() - a.briefing.data.published.getTime() ||
        a.briefing.id.localeCompare(b.briefing.id),
    )
    .slice(0, limit);
}
