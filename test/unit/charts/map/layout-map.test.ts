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
