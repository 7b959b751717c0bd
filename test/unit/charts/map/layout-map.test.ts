import { describe, expect, it } from 'vitest';
import { readAtlas } from '../../../../src/lib/charts/map/atlas.ts';
import { layoutMap } from '../../../../src/lib/charts/map/layout-map.ts';
import { rectInside, rectsOverlap } from '../../../../src/lib/charts/rect.ts';
import { hasBadNumber, loadChart, normalizePath } from '../../../helpers/charts.ts';

const chart = loadChart('map', 'map');
const frames = { main: { x: 0, y: 0, width: 620, height: 430 }, inset: { x: 636, y: 24, width: 324, height: 324 } };
const layout = layoutMap(chart.places, { atlas: readAtlas(), ...frames });

describe('layoutMap', () => {
  it('draws every place once: countries on the main map, inset places on the inset', () => {
    const drawn = [...layout.main.countries, ...layout.main.points, ...layout.inset.points].map((mark) => mark.id).sort();
    expect(drawn).toEqual(chart.places.map((place) => place.id).sort());
    expect(layout.inset.points.map((point) => point.id).sort()).toEqual(['erbil', 'hamrin-mountains', 'idlib', 'syrian-badia', 'wadi-hauran']);
  });

  it('labels every place, with no two labels overlapping and all inside their panel', () => {
    expect(layout.unplaced).toEqual([]);
    for (const panel of [layout.main, layout.inset]) {
      for (const [i, a] of panel.labels.entries()) {
        expect(rectInside(a.box, panel.frame), `${a.id} outside its panel`).toBe(true);
        for (const b of panel.labels.slice(i + 1)) expect(rectsOverlap(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('puts points inside their panel, in the right relative places', () => {
    const inset = new Map(layout.inset.points.map((point) => [point.id, point]));
    for (const point of inset.values()) expect(rectInside({ x: point.x, y: point.y, width: 0, height: 0 }, frames.inset)).toBe(true);
    // Idlib is west of Erbil; Wadi Hauran south of Erbil.
    expect(inset.get('idlib')!.x).toBeLessThan(inset.get('erbil')!.x);
    expect(inset.get('wadi-hauran')!.y).toBeGreaterThan(inset.get('erbil')!.y);
    const main = new Map(layout.main.points.map((point) => [point.id, point]));
    expect(main.get('moscow')!.y).toBeLessThan(main.get('kabul')!.y);
  });

  it('puts labels with an editor’s position there, with a leader line to the mark', () => {
    const withPosition = chart.places.filter((place) => place.labelAt !== undefined);
    expect(withPosition.length).toBeGreaterThan(0);
    for (const place of withPosition) {
      const label = [...layout.main.labels, ...layout.inset.labels].find((candidate) => candidate.id === place.id)!;
      expect(label.leader, place.id).toBeDefined();
    }
  });

  it('keeps place labels without a leader line next to their own marker, not another place’s', () => {
    const gapTo = (box: { x: number; y: number; width: number; height: number }, point: { x: number; y: number }) =>
      Math.hypot(Math.max(box.x - point.x, 0, point.x - box.x - box.width), Math.max(box.y - point.y, 0, point.y - box.y - box.height));
    for (const panel of [layout.main, layout.inset]) {
      for (const label of panel.labels.filter((candidate) => !candidate.leader)) {
        const own = panel.points.find((point) => point.id === label.id);
        if (!own) continue;
        const nearest = [...panel.points].sort((a, b) => gapTo(label.box, a) - gapTo(label.box, b))[0]!;
        expect(nearest.id, `${label.id} sits nearest ${nearest.id}`).toBe(own.id);
      }
    }
  });

  it('keeps the geometry small: simplified, clipped, one decimal', () => {
    const all = [layout.main, layout.inset].flatMap((panel) => [panel.land, panel.borders, panel.contextOutline, ...panel.countries.map((country) => country.path)]);
    const bytes = all.reduce((sum, path) => sum + path.length, 0);
    expect(bytes).toBeLessThan(45_000);
    for (const path of all) expect(normalizePath(path)).toBe(path);
    expect(hasBadNumber(JSON.stringify(layout))).toBe(false);
  });

  it('is deterministic', () => {
    expect(layoutMap(chart.places, { atlas: readAtlas(), ...frames })).toEqual(layout);
  });
});
