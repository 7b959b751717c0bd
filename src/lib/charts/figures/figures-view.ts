import { chartDomId } from '../dom-ids.ts';
import { svgNumber as n } from '../svg-number.ts';
import type { ChartSourceEntry, Cited, DatumCitation, SiteLink, VerifiedFigures } from '../types.ts';
import type { FigureDatumData, FigurePanelData } from '../../schema/figures-data.ts';
import { layoutFigures, type FigurePanelLayout, type FigureRow, type FiguresLayout } from './layout-figures.ts';

type Figure = Cited<FigureDatumData>;

/** A figure mark's link: its source paragraph and its accessible name. */
export interface FigureMarkLink {
  href: string;
  class: string;
  'data-id': string;
  'data-ref': string;
  'aria-label': string;
}

export interface FigureRowView extends FigureRow {
  link: FigureMarkLink;
  /** The bar's width (never negative). */
  barWidth: number;
  /** The caps at both ends of a range's bar. */
  caps: string | undefined;
  /** An open-ended figure's arrow: its line stops short of `arrowTo`, where the head sits. */
  arrow: { lineEnd: number; head: string } | undefined;
  /** The hollow diamond of an approximate figure. */
  diamond: string | undefined;
}

export interface FiguresPictureView extends Omit<FiguresLayout, 'panels'> {
  className: string;
  /** Which end of the label column the labels align to: right beside the bars (wide), left above them (narrow). */
  labelAnchor: 'start' | 'end';
  panels: (Omit<FigurePanelLayout, 'rows'> & { rows: FigureRowView[] })[];
}

export interface FiguresView {
  /** The SVGs' aria-labelledby: the chart's title and summary. */
  labelledBy: string;
  summary: string;
  sources: ChartSourceEntry[];
  pictures: FiguresPictureView[];
  rows: { id: string; label: string; stated: string; value: string; unit: string; citation: Figure['citation'] }[];
}

/**
 * A figure mark's accessible name: the value as drawn (digits), then the source's own wording
 * when that differs ("86 countries, “Eighty-six” in the source"), since the visible words must
 * be in the name (WCAG 2.5.3); then the source.
 */
export function figureMarkName(figure: Pick<Figure, 'label' | 'stated'> & { citation: Pick<DatumCitation, 'publisher' | 'label'> }, shown: string, unit: string): string {
  const wording = shown.trim() === figure.stated.trim() ? '' : `, “${figure.stated}” in the source`;
  return `${figure.label}: ${shown} ${unit}${wording}. Source: ${figure.citation.publisher}, ${figure.citation.label}.`;
}

/** The data table's value of a figure: "12 to 15", "about 900", "170". */
export function figureValueText(figure: Pick<Figure, 'range' | 'qualifier' | 'value'>): string {
  return figure.range ? `${figure.range[0]} to ${figure.range[1]}` : `${figure.qualifier === 'exact' ? '' : `${figure.qualifier} `}${figure.value}`;
}

/** The hollow diamond of an approximate figure, centred on (x, y). */
export function diamondPath(x: number, y: number): string {
  return `M${n(x)},${n(y - 6.5)}L${n(x + 6.5)},${n(y)}L${n(x)},${n(y + 6.5)}L${n(x - 6.5)},${n(y)}Z`;
}

/** The arrowhead at the end of an open-ended figure's arrow, pointing away from the value. */
export function arrowHeadPath(row: Pick<FigureRow, 'x' | 'y' | 'arrowTo'>): string {
  const to = row.arrowTo ?? row.x;
  const dir = to > row.x ? 1 : -1;
  return `M${n(to)},${n(row.y)}L${n(to - dir * 7)},${n(row.y - 4.5)}L${n(to - dir * 7)},${n(row.y + 4.5)}Z`;
}

/**
 * What the figures component renders: the panels asked for (`only`, in the data file's order;
 * default all) laid out wide and narrow, each mark with its link, accessible name and the shapes
 * of its qualifier, the Sources entries and the table's rows. Throws on a panel id the chart lacks.
 */
export function figuresView(chart: VerifiedFigures, options: { link: SiteLink; only?: readonly string[] | undefined }): FiguresView {
  const { only } = options;
  const ids = chartDomId(chart.id);
  const unknown = (only ?? []).filter((id) => !chart.panels.some((panel) => panel.id === id));
  if (unknown.length > 0) throw new Error(`<Figures panels=…>: no panel ${unknown.map((id) => `"${id}"`).join(', ')} in content/data/${chart.id}.yaml; panels: ${chart.panels.map((panel) => panel.id).join(', ')}`);
  const panels: FigurePanelData[] = only ? chart.panels.filter((panel) => only.includes(panel.id)) : chart.panels;
  const figures = chart.figures.filter((figure) => panels.some((panel) => panel.id === figure.panel));
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const unitOf = new Map(panels.map((panel) => [panel.id, panel.unit]));
  const rowView = (row: FigureRow): FigureRowView => {
    const figure = byId.get(row.id)!;
    return {
      ...row,
      link: {
        href: options.link(figure.citation.path),
        class: `chart-mark fig-row fig-${row.kind}`,
        'data-id': row.id,
        'data-ref': ids.source(row.id),
        'aria-label': figureMarkName(figure, row.valueText, unitOf.get(figure.panel)!),
      },
      barWidth: Math.max(0, row.barX1 - row.barX0),
      caps: row.kind === 'range' ? `M${n(row.barX0)},${n(row.y - 8)}V${n(row.y + 8)}M${n(row.barX1)},${n(row.y - 8)}V${n(row.y + 8)}` : undefined,
      arrow: row.arrowTo === undefined ? undefined : { lineEnd: row.arrowTo + (row.arrowTo > row.x ? -6 : 6), head: arrowHeadPath(row) },
      diamond: row.endpoint === 'diamond' ? diamondPath(row.x, row.y) : undefined,
    };
  };
  const picture = (layout: FiguresLayout, className: string, labelAnchor: 'start' | 'end'): FiguresPictureView => ({
    ...layout,
    className,
    labelAnchor,
    panels: layout.panels.map((panel) => ({ ...panel, rows: panel.rows.map(rowView) })),
  });
  return {
    labelledBy: `${ids.title} ${ids.summary}`,
    summary: `${figures.length} figures from the sources in ${panels.length} panels, each drawn with its qualifier. The Data table below lists every figure with its source.`,
    sources: figures.map((figure) => ({ id: figure.id, label: `${figure.label} — ${figure.stated}`, citation: figure.citation, note: figure.note })),
    pictures: [
      picture(layoutFigures(panels, figures, { width: 720 }), 'figures-wide', 'end'),
      picture(layoutFigures(panels, figures, { width: 340, narrow: true }), 'figures-narrow', 'start'),
    ],
    rows: figures.map((figure) => ({ id: figure.id, label: figure.label, stated: figure.stated, value: figureValueText(figure), unit: unitOf.get(figure.panel)!, citation: figure.citation })),
  };
}
