import { describe, expect, it } from 'vitest';
import { byPublishedDesc, isPublished } from '../../../src/lib/briefings/published-briefings.ts';

const briefing = (id: string, published: string, draft = false) => ({ id, data: { draft, published: new Date(`${published}T00:00:00Z`) } });
const now = new Date('2025-11-20T23:59:59Z');

describe('isPublished', () => {
  it('publishes a finished briefing dated today or earlier', () => {
    expect(isPublished(briefing('a', '2025-11-20'), now, false)).toBe(true);
    expect(isPublished(briefing('a', '2024-01-01'), now, false)).toBe(true);
  });
  it('holds back drafts and future-dated briefings from a production build', () => {
    expect(isPublished(briefing('a', '2025-11-20', true), now, false)).toBe(false);
    expect(isPublished(briefing('a', '2025-11-21'), now, false)).toBe(false);
  });
  it('shows both in development', () => {
    expect(isPublished(briefing('a', '2025-11-20', true), now, true)).toBe(true);
    expect(isPublished(briefing('a', '2030-01-01'), now, true)).toBe(true);
  });
});

describe('byPublishedDesc', () => {
  it('sorts newest first, then by id', () => {
    const sorted = [briefing('b', '2025-01-01'), briefing('c', '2025-06-01'), briefing('a', '2025-01-01')].sort(byPublishedDesc);
    expect(sorted.map((b) => b.id)).toEqual(['c', 'a', 'b']);
  });
});
