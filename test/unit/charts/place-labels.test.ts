import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/lib/charts/place-labels.ts';
import { rectInside, rectsOverlap } from '../../../src/lib/charts/rect.ts';

const bounds = { x: 0, y: 0, width: 300, height: 200 };
// Twelve labels crowded round a few points.
const requests = Array.from({ length: 12 }, (_, i) => ({ id: `l${i}`, anchor: { x: 140 + (i % 3) * 8, y: 90 + Math.floor(i / 3) * 6 }, width: 60, height: 14 }));

describe('placeLabels', () => {
  it('places crowded labels without overlaps, inside the bounds', () => {
    const { labels, unplaced } = placeLabels(requests, { bounds });
    expect(unplaced).toEqual([]);
    for (const [i, a] of labels.entries()) {
      expect(rectInside(a.box, bounds)).toBe(true);
      for (const b of labels.slice(i + 1)) expect(rectsOverlap(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  });

  it('keeps labels off obstacles', () => {
    const obstacle = { x: 140, y: 80, width: 80, height: 30 };
    const { labels } = placeLabels([{ id: 'a', anchor: { x: 140, y: 95 }, width: 50, height: 12 }], { bounds, obstacles: [obstacle] });
    expect(rectsOverlap(labels[0]!.box, obstacle)).toBe(false);
  });

  it('puts a centred label on its anchor when there is room', () => {
    const { labels } = placeLabels([{ id: 'a', anchor: { x: 100, y: 100 }, width: 40, height: 12, centered: true }], { bounds });
    expect(labels[0]).toMatchObject({ textAnchor: 'middle', displaced: false, box: { x: 80, y: 94 } });
  });

  it('puts a label at its preferred position first, marked as displaced so it gets a leader line', () => {
    const { labels } = placeLabels([{ id: 'a', anchor: { x: 100, y: 100 }, width: 40, height: 12, centered: true, preferred: { x: 60, y: 160 } }], { bounds });
    expect(labels[0]).toMatchObject({ textAnchor: 'middle', displaced: true, box: { x: 40, y: 154 } });
  });

  it('falls back to the usual positions when the preferred one is taken', () => {
    const obstacle = { x: 30, y: 140, width: 60, height: 40 };
    const { labels, unplaced } = placeLabels([{ id: 'a', anchor: { x: 100, y: 100 }, width: 40, height: 12, centered: true, preferred: { x: 60, y: 160 } }], { bounds, obstacles: [obstacle] });
    expect(unplaced).toEqual([]);
    expect(labels[0]).toMatchObject({ displaced: false, box: { x: 80, y: 94 } });
  });

  it('looks no farther out than the rings it is given', () => {
    const wall = { x: 0, y: 0, width: 300, height: 200 };
    const near = placeLabels([{ id: 'a', anchor: { x: 150, y: 100 }, width: 40, height: 12 }], { bounds, obstacles: [{ x: 120, y: 70, width: 60, height: 60 }], offset: 6, rings: [1] });
    expect(near.unplaced).toEqual(['a']);
    const far = placeLabels([{ id: 'a', anchor: { x: 150, y: 100 }, width: 40, height: 12 }], { bounds, obstacles: [{ x: 120, y: 70, width: 60, height: 60 }], offset: 6 });
    expect(far.unplaced).toEqual([]);
    expect(far.labels[0]!.displaced).toBe(true);
    expect(rectInside(far.labels[0]!.box, wall)).toBe(true);
  });

  it('is deterministic', () => {
    expect(placeLabels(requests, { bounds })).toEqual(placeLabels(requests, { bounds }));
  });

  it('reports a label it cannot place', () => {
    const { unplaced } = placeLabels([{ id: 'huge', anchor: { x: 10, y: 10 }, width: 400, height: 20 }], { bounds });
    expect(unplaced).toEqual(['huge']);
  });
});
