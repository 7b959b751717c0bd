import { describe, expect, it } from 'vitest';
import { relatedBriefings, type RelatableBriefing } from '../../../src/lib/briefings/related-briefings.ts';

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
