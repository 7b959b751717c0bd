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

/** The best `limit` candidates for a set of regions and topics, ranked as relatedBriefings ranks them. */
function rankCandidates<T extends RelatableBriefing>(regions: ReadonlySet<string>, topics: ReadonlySet<string>, candidates: readonly T[], limit: number, skip?: string): RelatedBriefing<T>[] {
  const best: RelatedBriefing<T>[] = [];
  for (const candidate of candidates) {
    if (candidate.id === skip) continue;
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

/**
 * Rankings already made for a list of candidates, by the set of labels asked for: the ranking
 * depends only on the labels, not on which briefing asks, so briefings with the same regions and
 * topics share one pass over the archive (every page of a build passes the same list). Keyed by
 * the list itself, so another list (another build, `npm run dev` after an edit) ranks afresh.
 */
const rankings = new WeakMap<readonly RelatableBriefing[], Map<string, RelatedBriefing<RelatableBriefing>[]>>();

/**
 * The briefings most related to `current`, best first: ranked by how many regions and
 * topics they share with it (labels compared without regard to case), then newest first,
 * then by id so the order is stable. Briefings sharing nothing, and `current` itself, are
 * left out. Keeps only the best `limit` while scanning, and ranks the archive once per set of
 * labels (one more than `limit`, so that `current` can be left out of it), so a build of
 * thousands of briefings with a few label sets between them costs a few passes, not one a page.
 */
export function relatedBriefings<T extends RelatableBriefing>(current: T, candidates: readonly T[], limit = 3): RelatedBriefing<T>[] {
  const regions = new Set(current.data.regions.map(key));
  const topics = new Set(current.data.topics.map(key));
  let byLabels = rankings.get(candidates);
  if (!byLabels) rankings.set(candidates, (byLabels = new Map()));
  const labelKey = `${limit}\u0000${[...regions].sort().join('\u0001')}\u0000${[...topics].sort().join('\u0001')}`;
  let ranked = byLabels.get(labelKey) as RelatedBriefing<T>[] | undefined;
  if (!ranked) {
    ranked = rankCandidates(regions, topics, candidates, limit + 1);
    byLabels.set(labelKey, ranked as RelatedBriefing<RelatableBriefing>[]);
  }
  // `current` is in the ranking only when it is among the candidates; without it, the best `limit` remain.
  return ranked.filter((related) => related.briefing.id !== current.id).slice(0, limit);
}

/** The same ranking without sharing: for tests, the definition relatedBriefings must agree with. */
export function relatedBriefingsUnshared<T extends RelatableBriefing>(current: T, candidates: readonly T[], limit = 3): RelatedBriefing<T>[] {
  return rankCandidates(new Set(current.data.regions.map(key)), new Set(current.data.topics.map(key)), candidates, limit, current.id);
}
