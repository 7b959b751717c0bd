import { z } from 'astro/zod';
import { chartTextShape, citedDatumShape } from './cited-datum.ts';
import { slug } from './slug.ts';

/**
 * How a source qualifies a figure, in its own words. "exact" is a bare number; "between" a
 * range ("150–200"). The mark on the chart follows: approximate, open-ended or interval.
 */
export const FIGURE_QUALIFIERS = ['exact', 'about', 'roughly', 'nearly', 'more than', 'over', 'at least', 'fewer than', 'between'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

const count = z
  // z.number() already refuses NaN and Infinity.
  .number({ error: 'expected a number (a count), without quotes or commas' })
  .nonnegative('expected a count of zero or more: a negative count cannot be drawn or be true');

export const figurePanel = z
  .object({
    id: slug,
    /** The panel's heading. */
    title: z.string().min(1),
    /** What is counted ("people killed", "personnel"): every figure in a panel shares one unit and one scale. */
    unit: z.string().min(1),
  })
  .strict();

export const figureDatum = z
  .object({
    ...citedDatumShape,
    /** The `id` of the panel this figure is drawn in. */
    panel: slug,
    /** What is counted, in our words. */
    label: z.string().min(1),
    /** The figure exactly as the source writes it, qualifier included ("at least 170", "Eighty-six"); must appear in `quote`. */
    stated: z.string().min(1),
    qualifier: z.enum(FIGURE_QUALIFIERS),
    /** The number in `stated`. Not with `qualifier: between`. */
    value: count.optional(),
    /** [low, high] for `qualifier: between`. */
    range: z.tuple([count, count]).optional(),
  })
  .strict()
  .superRefine((figure, ctx) => {
    if (figure.qualifier === 'between') {
      if (!figure.range) ctx.addIssue({ code: 'custom', path: ['range'], message: 'a range ("between") needs `range: [low, high]`' });
      else if (figure.range[0] > figure.range[1]) ctx.addIssue({ code: 'custom', path: ['range'], message: `expected [low, high] with low ≤ high, got [${figure.range.join(', ')}]` });
      if (figure.value !== undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'a range has `range: [low, high]`, not `value`' });
    } else {
      if (figure.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: `expected \`value\`: the number in "${figure.stated}"` });
      if (figure.range !== undefined) ctx.addIssue({ code: 'custom', path: ['range'], message: '`range` goes with `qualifier: between` only' });
    }
  });

/** `content/data/<chart>.yaml` with `kind: figures`. */
export const figuresData = z
  .object({
    kind: z.literal('figures'),
    ...chartTextShape,
    panels: z.array(figurePanel).min(1, 'expected at least one panel'),
    figures: z.array(figureDatum).min(1, 'expected at least one figure'),
  })
  .strict();

export type FigurePanelData = z.infer<typeof figurePanel>;
export type FigureDatumData = z.infer<typeof figureDatum>;
