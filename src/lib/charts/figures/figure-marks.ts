import type { FigureQualifier } from '../../schema/figures-data.ts';

/**
 * How a qualifier is drawn, so that the chart claims no more precision than the source:
 * - exact: a solid dot at the value;
 * - approximate ("about", "roughly", "nearly"): a hollow diamond;
 * - lower bound ("more than", "over": hollow dot, the value itself excluded; "at least": solid
 *   dot, included) with an arrow running on to the right;
 * - upper bound ("fewer than"): a hollow dot and an arrow back towards zero, over a dashed bar;
 * - range ("between"): a bar between its two ends, with caps.
 */
export type FigureMarkKind = 'exact' | 'approximate' | 'lower-bound' | 'upper-bound' | 'range';

export const MARK_OF_QUALIFIER: Record<FigureQualifier, { kind: FigureMarkKind; endpoint: 'solid' | 'hollow' | 'diamond' | 'caps' }> = {
  exact: { kind: 'exact', endpoint: 'solid' },
  about: { kind: 'approximate', endpoint: 'diamond' },
  roughly: { kind: 'approximate', endpoint: 'diamond' },
  nearly: { kind: 'approximate', endpoint: 'diamond' },
  'more than': { kind: 'lower-bound', endpoint: 'hollow' },
  over: { kind: 'lower-bound', endpoint: 'hollow' },
  'at least': { kind: 'lower-bound', endpoint: 'solid' },
  'fewer than': { kind: 'upper-bound', endpoint: 'hollow' },
  between: { kind: 'range', endpoint: 'caps' },
};

/** The legend of the marks, in reading order. */
export const MARK_LEGEND: { kind: FigureMarkKind; endpoint: 'solid' | 'hollow' | 'diamond' | 'caps'; text: string }[] = [
  { kind: 'exact', endpoint: 'solid', text: 'Exact figure' },
  { kind: 'approximate', endpoint: 'diamond', text: 'About, roughly, nearly' },
  { kind: 'lower-bound', endpoint: 'hollow', text: 'More than, over (arrow: no upper limit given)' },
  { kind: 'lower-bound', endpoint: 'solid', text: 'At least' },
  { kind: 'upper-bound', endpoint: 'hollow', text: 'Fewer than (anywhere below)' },
  { kind: 'range', endpoint: 'caps', text: 'Range' },
];
