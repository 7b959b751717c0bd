import { scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import type { Cited } from '../types.ts';
import type { FigureDatumData, FigurePanelData } from '../../schema/figures-data.ts';
import type { Rect } from '../rect.ts';
import { estimateTextWidth, wrapText } from '../text-width.ts';
import { statedInDigits } from '../stated-figure.ts';
import { MARK_OF_QUALIFIER, type FigureMarkKind } from './figure-marks.ts';

const FIGURES_FONT = { label: 13, value: 13, panel: 14, tick: 11 } as const;
/** Panel titles are bold, about 8% wider than the regular widths the estimate knows. */
const TITLE_FONT = FIGURES_FONT.panel * 1.08;
/** Distance between the baselines of a wrapped panel title. */
export const FIGURES_TITLE_LINE = 18;

export interface FigureRow {
  id: string;
  labelLines: { text: string; x: number; y: number }[];
  /** Vertical centre of the mark. */
  y: number;
  kind: FigureMarkKind;
  endpoint: 'solid' | 'hollow' | 'diamond' | 'caps';
  /** The bar: from x0 to x1 (zero to the value, or the range). Dashed for an upper bound. */
  barX0: number;
  barX1: number;
  /** The endpoint mark's x (the value; the range's high end). */
  x: number;
  /** An arrow from `x` to `arrowTo`, for open-ended figures. */
  arrowTo?: number;
  /** The figure as the chart shows it: the source's words, number words as digits ("Eighty-six" → "86"). */
  valueText: string;
  valueX: number;
  hit: Rect;
}

export interface FigurePanelLayout {
  id: string;
  title: string;
  unit: string;
  /** Baseline of the title's first line. */
  titleY: number;
  /** The title wrapped to the chart's width; the unit, in brackets, follows the last line or gets one of its own. */
  titleLines: string[];
  unitOnOwnLine: boolean;
  axisY: number;
  plotX0: number;
  plotX1: number;
  ticks: { x: number; label: string }[];
  rows: FigureRow[];
}

export interface FiguresLayout {
  width: number;
  height: number;
  panels: FigurePanelLayout[];
}

const number = format(',');

/**
 * Small multiples of the figures, one panel per unit, each on its own linear scale from zero
 * (so bars compare honestly within a panel). Wide: labels in a column left of the bars.
 * Narrow: each label above its bar. Open-ended figures get room for their arrow.
 */
export function layoutFigures(panels: readonly FigurePanelData[], figures: readonly Cited<FigureDatumData>[], options: { width: number; narrow?: boolean }): FiguresLayout {
  const { width } = options;
  const narrow = options.narrow ?? false;
  const labelWidth = narrow ? width - 16 : 250;
  const plotX0 = narrow ? 8 : labelWidth + 20;
  const valueRoom = Math.max(...figures.map((figure) => estimateTextWidth(statedInDigits(figure.stated), FIGURES_FONT.value))) + 14;
  const plotX1 = width - valueRoom;
  const out: FigurePanelLayout[] = [];
  let y = 6;
  for (const panel of panels) {
    const members = figures.filter((figure) => figure.panel === panel.id);
    const highest = Math.max(...members.map((figure) => figure.range?.[1] ?? figure.value ?? 0));
    const hasLowerBound = members.some((figure) => MARK_OF_QUALIFIER[figure.qualifier].kind === 'lower-bound');
    const scale = scaleLinear()
      .domain([0, highest * (hasLowerBound ? 1.18 : 1.05) || 1])
      .range([plotX0, plotX1])
      .nice(4);
    const titleY = y + 16;
    const titleLines = wrapText(panel.title, TITLE_FONT, width - 16);
    const unitOnOwnLine = estimateTextWidth(`${titleLines.at(-1)} (${panel.unit})`, TITLE_FONT) > width - 16;
    y = titleY + 10 + (titleLines.length - 1 + (unitOnOwnLine ? 1 : 0)) * FIGURES_TITLE_LINE;
    const rows: FigureRow[] = [];
    for (const figure of members) {
      const lines = wrapText(figure.label, FIGURES_FONT.label, labelWidth);
      const top = y;
      let labelLines: FigureRow['labelLines'];
      let markY: number;
      if (narrow) {
        labelLines = lines.map((text, i) => ({ text, x: 8, y: top + 14 + i * 16 }));
        markY = top + 14 + lines.length * 16 + 4;
      } else {
        markY = top + 6 + Math.max(lines.length * 16, 20) / 2;
        labelLines = lines.map((text, i) => ({ text, x: labelWidth, y: markY + 4 - ((lines.length - 1) * 16) / 2 + i * 16 }));
      }
      const mark = MARK_OF_QUALIFIER[figure.qualifier];
      const low = figure.range?.[0] ?? 0;
      const value = figure.range?.[1] ?? figure.value ?? 0;
      const x = scale(value);
      const domainEnd = scale.range()[1]!;
      const arrowTo =
        mark.kind === 'lower-bound' ? Math.min(domainEnd, x + Math.max(24, (domainEnd - plotX0) * 0.08)) : mark.kind === 'upper-bound' ? Math.max(plotX0 + 4, x - Math.max(24, (domainEnd - plotX0) * 0.08)) : undefined;
      const valueX = Math.max(x, arrowTo ?? x) + 10;
      // A label of three lines or more reaches below the mark: the row ends below its last line.
      const bottom = Math.max(markY + 12, ...labelLines.map((line) => line.y));
      rows.push({
        id: figure.id,
        labelLines,
        y: markY,
        kind: mark.kind,
        endpoint: mark.endpoint,
        barX0: mark.kind === 'range' ? scale(low) : plotX0,
        barX1: x,
        x,
        ...(arrowTo !== undefined ? { arrowTo } : {}),
        valueText: statedInDigits(figure.stated),
        valueX,
        hit: { x: 2, y: top, width: width - 4, height: bottom - top },
      });
      y = bottom + 6;
    }
    const axisY = y + 2;
    const ticks = scale.ticks(4).map((tick) => ({ x: scale(tick), label: number(tick) }));
    out.push({ id: panel.id, title: panel.title, unit: panel.unit, titleY, titleLines, unitOnOwnLine, axisY, plotX0, plotX1, ticks, rows });
    y = axisY + 34;
  }
  return { width, height: y - 8, panels: out };
}
