import { describe, expect, it } from 'vitest';
import { layoutNetwork } from '../../../../src/lib/charts/network/layout-network.ts';
import { rectInside, rectsOverlap } from '../../../../src/lib/charts/rect.ts';
import { hasBadNumber, loadChart, normalizePath } from '../../../helpers/charts.ts';

const chart = loadChart('network', 'network');
const options = { width: 960, height: 620, seed: chart.seed };
const layout = layoutNetwork(chart.actors, chart.relations, options);

describe('layoutNetwork', () => {
  it('has a node per actor and an edge per relation, between the right nodes', () => {
    expect(layout.nodes.map((node) => node.id)).toEqual(chart.actors.map((actor) => actor.id));
    expect(layout.edges.map((edge) => [edge.id, edge.from, edge.to])).toEqual(chart.relations.map((relation) => [relation.id, relation.from, relation.to]));
  });

  it('is byte-for-byte the same on every run (seeded force layout)', () => {
    expect(JSON.stringify(layoutNetwork(chart.actors, chart.relations, options))).toBe(JSON.stringify(layout));
  });

  it('draws no relation through another actor, and places every label without overlaps', () => {
    expect(layout.score.edgesThroughNodes).toBe(0);
    expect(layout.unplaced).toEqual([]);
    const boxes = [...layout.nodes.map((node) => ({ id: node.id, box: node.label.box })), ...layout.edges.map((edge) => ({ id: edge.id, box: edge.label!.box }))];
    for (const [i, a] of boxes.entries()) {
      expect(rectInside(a.box, { x: 0, y: 0, width: 960, height: 620 })).toBe(true);
      for (const b of boxes.slice(i + 1)) expect(rectsOverlap(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  });

  it('keeps every actor’s name off the relation lines', () => {
    expect(layout.score.linesThroughNames).toBe(0);
  });

  it('draws two relations between the same actors as separate curves', () => {
    const pair = layout.edges.filter((edge) => [edge.from, edge.to].sort().join() === 'iran,united-states');
    expect(pair).toHaveLength(2);
    expect(pair[0]!.path).not.toBe(pair[1]!.path);
    expect(pair.every((edge) => edge.path.includes('Q'))).toBe(true);
  });

  it('writes path data rounded to one decimal, without NaN', () => {
    for (const edge of layout.edges) expect(normalizePath(edge.path)).toBe(edge.path);
    expect(hasBadNumber(JSON.stringify(layout))).toBe(false);
  });
});
