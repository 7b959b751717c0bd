import { describe, expect, it } from 'vitest';
import { layoutFigures } from '../../../../src/lib/charts/figures/layout-figures.ts';
import { hasBadNumber, loadChart } from '../../../helpers/charts.ts';

const chart = loadChart('figures', 'figures');
const layout = layoutFigures(chart.panels, chart.figures, { width: 720 });
const rows = new Map(layout.panels.flatMap((panel) => panel.rows.map((row) => [row.id, { row, panel }] as const)));

describe('layoutFigures', () => {
  it('has a panel per unit and a row per figure', () => {
    expect(layout.panels.map((panel) => panel.id)).toEqual(chart.panels.map((panel) => panel.id));
    expect([...rows.keys()].sort()).toEqual(chart.figures.map((figure) => figure.id).sort());
  });

  it('starts every scale at zero: bars begin at the plot’s left edge, ranges at their low end', () => {
    for (const { row, panel } of rows.values()) {
      if (row.kind === 'range') expect(row.barX0).toBeGreaterThan(panel.plotX0);
      else expect(row.barX0).toBe(panel.plotX0);
      expect(panel.ticks[0]).toEqual({ x: panel.plotX0, label: '0' });
    }
  });

  it('draws qualifiers honestly: arrows run on past a lower bound and back from an upper bound', () => {
    const at = (id: string) => rows.get(id)!.row;
    expect(at('kabul-civilians')).toMatchObject({ kind: 'lower-bound', endpoint: 'solid' });
    expect(at('kabul-civilians').arrowTo).toBeGreaterThan(at('kabul-civilians').x);
    expect(at('moscow-deaths')).toMatchObject({ kind: 'lower-bound', endpoint: 'hollow' });
    expect(at('us-troops-erbil')).toMatchObject({ kind: 'upper-bound', endpoint: 'hollow' });
    expect(at('us-troops-erbil').arrowTo).toBeLessThan(at('us-troops-erbil').x);
    expect(at('us-troops-iraq')).toMatchObject({ kind: 'approximate', endpoint: 'diamond' });
    expect(at('us-troops-iraq').arrowTo).toBeUndefined();
    expect(at('micro-cells')).toMatchObject({ kind: 'range', endpoint: 'caps' });
    expect(at('kabul-us-service-members')).toMatchObject({ kind: 'exact', endpoint: 'solid' });
  });

  it('places values on a shared linear scale within a panel', () => {
    const { panel } = rows.get('us-troops-iraq')!;
    const x = (id: string) => rows.get(id)!.row.x - panel.plotX0;
    expect(x('us-troops-iraq') / x('us-troops-erbil')).toBeCloseTo(2500 / 500, 6);
  });

  it('shows every figure in digits, keeping the source’s qualifiers', () => {
    expect(rows.get('nations-in-iraq')!.row.valueText).toBe('86');
    expect(rows.get('kabul-civilians')!.row.valueText).toBe('at least 170');
    for (const { row } of rows.values()) expect(row.valueText).toMatch(/\d/u);
  });

  it('has no NaN and fits the narrow width too', () => {
    const narrow = layoutFigures(chart.panels, chart.figures, { width: 340, narrow: true });
    expect(hasBadNumber(JSON.stringify(layout) + JSON.stringify(narrow))).toBe(false);
    for (const panel of narrow.panels) for (const row of panel.rows) expect(row.valueX).toBeLessThan(340);
  });
});
