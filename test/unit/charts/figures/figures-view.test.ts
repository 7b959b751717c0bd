import { describe, expect, it } from 'vitest';
import { arrowHeadPath, diamondPath, figureMarkName, figureValueText, figuresView } from '../../../../src/lib/charts/figures/figures-view.ts';
import { loadChart } from '../../../helpers/charts.ts';

const chart = loadChart('figures', 'figures');
const link = (path: string) => `/base${path}`;
const view = figuresView(chart, { link });
const rowsOf = (picture: (typeof view.pictures)[number]) => picture.panels.flatMap((panel) => panel.rows);
const row = (id: string) => rowsOf(view.pictures[0]!).find((candidate) => candidate.id === id)!;

describe('figuresView', () => {
  it('links each mark and names it by the value as drawn, with the source’s own wording when it differs', () => {
    expect(row('nations-in-iraq').link).toEqual({
      href: '/base/sources/archyde-iraq-shift-2025/#p-1',
      class: 'chart-mark fig-row fig-exact',
      'data-id': 'nations-in-iraq',
      'data-ref': 'chart-figures-src-nations-in-iraq',
      'aria-label': 'Nations with a military or security presence in Iraq, 2025: 86 countries, “Eighty-six” in the source. Source: Archyde, ¶1.',
    });
    expect(row('kabul-civilians').link['aria-label']).toBe('Kabul, August 2021, by ISIS-K: Afghan civilians: at least 170 people killed. Source: The New York Times, ¶1.');
  });

  it('gives each qualifier its shapes: caps for a range, an arrow for an open end, a diamond for an approximation', () => {
    expect(row('micro-cells').caps).toMatch(/^M[\d.]+,[\d.]+V[\d.]+M[\d.]+,[\d.]+V[\d.]+$/u);
    expect(row('micro-cells').arrow).toBeUndefined();
    expect(row('kabul-civilians').caps).toBeUndefined();
    const open = row('kabul-civilians');
    expect(open.arrow).toEqual({ lineEnd: open.arrowTo! - 6, head: arrowHeadPath(open) });
    const below = row('us-troops-erbil');
    expect(below.arrow!.lineEnd).toBe(below.arrowTo! + 6);
    expect(row('us-troops-iraq').diamond).toBe(diamondPath(row('us-troops-iraq').x, row('us-troops-iraq').y));
    expect(row('kabul-us-service-members').diamond).toBeUndefined();
    for (const candidate of rowsOf(view.pictures[0]!)) expect(candidate.barWidth).toBeGreaterThanOrEqual(0);
  });

  it('draws a wide picture with labels right-aligned beside the bars and a narrow one with labels above them', () => {
    expect(view.pictures.map(({ className, labelAnchor, width }) => ({ className, labelAnchor, width }))).toEqual([
      { className: 'figures-wide', labelAnchor: 'end', width: 720 },
      { className: 'figures-narrow', labelAnchor: 'start', width: 340 },
    ]);
  });

  it('summarizes the figures and panels shown, and lists each as a source entry', () => {
    expect(view.summary).toBe('12 figures from the sources in 5 panels, each drawn with its qualifier. The Data table below lists every figure with its source.');
    expect(view.labelledBy).toBe('chart-figures-title chart-figures-summary');
    expect(view.sources.find((entry) => entry.id === 'nations-in-iraq')!.label).toBe('Nations with a military or security presence in Iraq, 2025 — Eighty-six');
  });

  it('writes the table’s value with its qualifier and its unit', () => {
    const tableRow = (id: string) => view.rows.find((candidate) => candidate.id === id)!;
    expect(tableRow('micro-cells')).toMatchObject({ stated: '150–200', value: '150 to 200', unit: 'cells' });
    expect(tableRow('us-troops-iraq')).toMatchObject({ stated: 'about 2,500', value: 'about 2500', unit: 'personnel' });
    expect(tableRow('nations-in-iraq')).toMatchObject({ stated: 'Eighty-six', value: '86', unit: 'countries' });
  });

  it('shows only the panels asked for, in the data file’s order', () => {
    const some = figuresView(chart, { link, only: ['countries', 'attack-deaths'] });
    expect(some.pictures[0]!.panels.map((panel) => panel.id)).toEqual(['attack-deaths', 'countries']);
    expect(some.rows.map((candidate) => candidate.id)).toEqual(['kabul-civilians', 'kabul-us-service-members', 'moscow-deaths', 'iran-deaths', 'nations-in-iraq', 'foreign-fighter-countries']);
    expect(some.summary).toMatch(/^6 figures from the sources in 2 panels,/u);
  });

  it('fails on a panel the chart lacks, naming it, the data file and the panels there are', () => {
    expect(() => figuresView(chart, { link, only: ['countries', 'nope'] })).toThrow(
      '<Figures panels=…>: no panel "nope" in content/data/figures.yaml; panels: attack-deaths, us-personnel, isis-fighters, isis-cells, countries',
    );
  });
});

describe('figureMarkName', () => {
  const figure = { label: 'Foreign fighters', stated: 'over 40,000', citation: { publisher: 'The New York Times', label: '¶3' } };
  it('leaves the source’s wording out when the drawn value reads the same', () => {
    expect(figureMarkName(figure, 'over 40,000 ', 'fighters')).toBe('Foreign fighters: over 40,000  fighters. Source: The New York Times, ¶3.');
    expect(figureMarkName({ ...figure, stated: 'Forty thousand' }, '40,000', 'fighters')).toBe('Foreign fighters: 40,000 fighters, “Forty thousand” in the source. Source: The New York Times, ¶3.');
  });
});

describe('figureValueText', () => {
  it('writes a range, a qualified value and an exact one', () => {
    expect(figureValueText({ qualifier: 'between', range: [150, 200], value: undefined })).toBe('150 to 200');
    expect(figureValueText({ qualifier: 'at least', range: undefined, value: 170 })).toBe('at least 170');
    expect(figureValueText({ qualifier: 'exact', range: undefined, value: 13 })).toBe('13');
  });
});

describe('diamondPath and arrowHeadPath', () => {
  it('draw around the value, the arrowhead pointing away from it', () => {
    expect(diamondPath(10, 20)).toBe('M10,13.5L16.5,20L10,26.5L3.5,20Z');
    expect(arrowHeadPath({ x: 10, y: 20, arrowTo: 50 })).toBe('M50,20L43,15.5L43,24.5Z');
    expect(arrowHeadPath({ x: 50, y: 20, arrowTo: 10 })).toBe('M10,20L17,15.5L17,24.5Z');
  });
});
