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

/** Each briefing's labels in comparable form, computed once however many pages compare it. */
const comparableLabels = new WeakMap<object, { regions: string[]; topics: string[] }>();
function labelsOf(briefing: RelatableBriefing): { regions: string[]; topics: string[] } {
  let labels = comparableLabels.get(briefing);
  if (!labels) {
    labels = { regions: briefing.data.regions.map(key), topics: briefing.data.topics.map(key) };
    comparableLabels.set(briefing, labels);
  }
  return labels;
}

function compareRelated<T extends RelatableBriefing>(a: RelatedBriefing<T>, b: RelatedBriefing<T>): number {
  return (
    b.shared.length - a.shared.length ||
    b.briefing.data.published.getTime() - a.briefing.data.published.getTime() ||
    a.briefing.id.localeCompare(b.briefing.id)
  );
}

/**
 * The briefings most related to `current`, best first: ranked by how many regions and
 * topics they share with it (labels compared without regard to case), then newest first,
 * then by id so the order is stable. Briefings sharing nothing, and `current` itself, are
 * left out. Keeps only the best `limit` while scanning, so every page of an archive of
 * thousands of briefings costs one pass, not a sort.
 */
export function relatedBriefings<T extends RelatableBriefing>(current: T, candidates: readonly T[], limit = 3): RelatedBriefing<T>[] {
  const regions = new Set(current.data.regions.map(key));
  const topics = new Set(current.data.topics.map(key));
  const best: RelatedBriefing<T>[] = [];
  for (const candidate of candidates) {
    if (candidate.id === current.id) continue;
    const labels = labelsOf(candidate);
    const shared = [
      ...candidate.data.regions.filter((_, i) => regions.has(labels.regions[i] ?? '')),
      ...candidate.data.topics.filter((_, i) => topics.has(labels.topics[i] ?? '')),
    ];
    if (shared.length === 0) continue;
    const related = { briefing: candidate, shared };
    if (best.length === limit && compareRelated(related, best[best.length - 1]!) >= 0) continue;
    best.push(related);
    best.sort(compareRelated);
    if (best.length > limit) best.pop();
  }
  return best;
}
