import { z } from 'astro/zod';
import { slug } from './slug.ts';

/**
 * The fields every chart datum carries: what it is called and the passage that supports it.
 * The quote is checked against the source text at build time (src/lib/charts/verify-chart.ts),
 * with the same matcher as quotations in briefings.
 */
export const citedDatumShape = {
  /** Unique within its list: names the datum in build errors, in downloads and in the page (`#…`). */
  id: slug,
  /** Slug of the supporting source, the file name of `content/sources/<slug>.md` without ".md". */
  source: z
    .string({ error: 'expected the slug of a source in content/sources/ (its file name without ".md"): every datum needs a source' })
    .min(1, 'expected the slug of a source in content/sources/'),
  /** The passage that supports the datum, verbatim from one paragraph of the source (… for words left out, [brackets] for words added). */
  quote: z
    .string({ error: 'expected the verbatim passage of the source that supports this datum, in quotes' })
    .min(1, 'expected the verbatim passage of the source that supports this datum'),
  /** How the datum was read from the quote when that is not obvious (a year taken from the article's date …). Shown with the citation. Default: none. */
  note: z.string().min(1).optional(),
};

/** A chart's heading and the sentence or two under it. */
export const chartTextShape = {
  /** Shown above the chart and used as its accessible name. */
  title: z.string().min(1, 'expected a title for the chart'),
  /** One to three sentences under the title: what the chart shows and how to read it. */
  caption: z.string().min(1, 'expected a caption: what the chart shows and how to read it'),
};
