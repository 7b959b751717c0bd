import { describe, expect, it } from 'vitest';
import { relatedBriefings, relatedBriefingsUnshared, type RelatableBriefing } from '../../../src/lib/briefings/related-briefings.ts';

const briefing = (id: string, regions: string[], topics: string[], published = '2025-11-20'): RelatableBriefing => ({
  id,
  data: { regions, topics, published: new Date(published) },
});

const current = briefing('iraq', ['Iraq', 'Syria'], ['coalition', 'ISIS cells']);
const candidates = [
  current,
  briefing('syria', ['Syria', 'Iraq'], ['ISIS cells'], '2025-11-18'),
  briefing('nato', ['Europe', 'Iraq'], ['Coalition'], '2025-11-15'),
  briefing('overview', ['Iraq'], ['coalition'], '2025-11-20'),
  briefing('sahel', ['Sahel'], ['migration']),
];

describe('relatedBriefings', () => {
  it('ranks by shared regions and topics, then newest first, and leaves out itself and unrelated ones', () => {
    const related = relatedBriefings(current, candidates);
    expect(related.map((entry) => entry.briefing.id)).toEqual(['syria', 'overview', 'nato']);
  });

  it('reports what is shared, regions first, comparing labels without regard to case', () => {
    const related = relatedBriefings(current, candidates);
    expect(related[0]?.shared).toEqual(['Syria', 'Iraq', 'ISIS cells']);
    expect(related.find((entry) => entry.briefing.id === 'nato')?.shared).toEqual(['Iraq', 'Coalition']);
  });

  it('returns at most `limit` briefings', () => {
    expect(relatedBriefings(current, candidates, 1).map((entry) => entry.briefing.id)).toEqual(['syria']);
  });

  it('breaks full ties by id so the order is stable', () => {
    const twins = [briefing('b', ['Iraq'], []), briefing('a', ['Iraq'], [])];
    expect(relatedBriefings(briefing('x', ['Iraq'], []), twins).map((entry) => entry.briefing.id)).toEqual(['a', 'b']);
  });
});

describe('relatedBriefings shared between briefings with the same labels', () => {
  const REGIONS = ['Iraq', 'Syria', 'Sahel', 'Europe'];
  const TOPICS = ['coalition', 'ISIS cells', 'migration'];
  // A seeded archive where many briefings share a label set, as a real archive's do.
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (labels: string[]) => labels.filter(() => next() < 0.4);
  const archive = Array.from({ length: 120 }, (_, i) =>
    briefing(`b-${String(i).padStart(3, '0')}`, pick(REGIONS), pick(TOPICS), `2025-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-0${1 + Math.floor(next() * 9)}`),
  );

  it('gives every briefing exactly what ranking the archive for it alone gives', () => {
    for (const limit of [1, 3, 5]) {
      for (const current of archive) expect(relatedBriefings(current, archive, limit)).toEqual(relatedBriefingsUnshared(current, archive, limit));
    }
  });

  it('leaves each briefing itself out of the ranking it shares with its twins', () => {
    const twins = [briefing('a', ['Iraq'], ['coalition']), briefing('b', ['iraq'], ['Coalition']), briefing('c', ['Iraq'], ['coalition'], '2024-01-01')];
    expect(relatedBriefings(twins[0]!, twins).map((related) => related.briefing.id)).toEqual(['b', 'c']);
    expect(relatedBriefings(twins[1]!, twins).map((related) => related.briefing.id)).toEqual(['a', 'c']);
    expect(relatedBriefings(twins[2]!, twins).map((related) => related.briefing.id)).toEqual(['a', 'b']);
  });
});
