import { z } from 'astro/zod';
import { parsePartialDate, isPartialDate } from '../dates/partial-date.ts';
import { explain } from './error-messages.ts';
import { datePrecision, partialDateString } from './partial-date-field.ts';
import { slug } from './slug.ts';
import { tagList } from './tags.ts';

/** How much of a source the site may publish. */
export const rights = z.enum(['full-text', 'excerpts'], {
  error: 'expected "full-text" (publish the whole text) or "excerpts" (publish only the paragraphs briefings cite)',
});

/**
 * The bibliographic facts of a source article: what the manifest gives ingestion and
 * what a source file's frontmatter holds.
 */
export const sourceFactsShape = {
  /** The article's headline as published. */
  title: z.string(explain()).min(1, explain('expected the article\'s title')),
  /**
   * Short name shown in citation markers across the site, e.g. "Shafaq" in [Shafaq ¶16].
   * Optional: derived from the publisher when absent (see citationLabel).
   */
  citeAs: z.string(explain()).min(1).max(24, explain('expected a short name of at most 24 characters, as it is shown in every citation')).optional(),
  /** Who published it, as readers should see it credited. */
  publisher: z.string(explain()).min(1, explain('expected the publisher\'s name')),
  /** Named authors; empty when the article is unsigned. */
  authors: z.array(z.string(explain()).min(1), explain()).default([]),
  /** Publication date at its precision: "2024-03-31", "2025-09" or "2025". */
  published: partialDateString,
  /** How much of `published` is established. */
  datePrecision,
  /** The original's address, or null when it is not known. */
  url: z.url({ protocol: /^https?$/u, ...explain('expected an http(s) URL, or null when the original address is unknown') }).nullable(),
  /**
   * The day the text was retrieved from the original (YYYY-MM-DD): the source page says "as
   * retrieved on …" and its link carries it as `data-versiondate` (Robust Links). Optional:
   * absent when nobody recorded it.
   */
  retrieved: z
    .string(explain())
    .regex(/^\d{4}-\d{2}-\d{2}$/u, explain('expected the day the text was retrieved, as "YYYY-MM-DD"'))
    .refine((value) => isPartialDate(parsePartialDate(value)), explain('expected a real calendar day'))
    .optional(),
  /** The address of an archived copy of the original (a Wayback Machine capture), linked as `data-versionurl`. Optional. */
  archived: z.url({ protocol: /^https?$/u, ...explain('expected the http(s) address of an archived copy') }).optional(),
  /** The genre: news report, analysis, opinion … */
  kind: z.string(explain()).min(1, explain('expected the kind of article, for example "news report"')),
  /** BCP 47 language tag of the text. */
  language: z.string(explain()).regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/u, explain('expected a language tag such as "en"')).default('en'),
  regions: tagList,
  topics: tagList,
  /** What may be republished. Defaults to the full text. */
  rights: rights.default('full-text'),
  /** Editors' notes on the text: provenance, quirks kept as received. */
  notes: z.string(explain()).default(''),
};

/** The date and its precision must agree: "2025-09" is month precision, not day. */
export function checkDatePrecision(
  data: { published: string; datePrecision: 'day' | 'month' | 'year' },
  ctx: z.RefinementCtx,
): void {
  const parsed = parsePartialDate(data.published);
  if (isPartialDate(parsed) && parsed.precision !== data.datePrecision) {
    ctx.addIssue({
      code: 'custom',
      path: ['datePrecision'],
      message: `published is "${data.published}" (${parsed.precision} precision) but datePrecision is "${data.datePrecision}"; make them agree`,
    });
  }
}

/** One entry of an ingest manifest (`manifest.json`): the facts plus the file and slug. */
export const manifestEntry = z
  .object({
    file: z.string().min(1),
    slug,
    ...sourceFactsShape,
  })
  // A misspelt field ("toptics") would otherwise be dropped without a word.
  .strict()
  .superRefine(checkDatePrecision);

/** The fields a manifest entry may have, for messages. */
export const MANIFEST_FIELDS = ['file', 'slug', ...Object.keys(sourceFactsShape)];

export const manifest = z.object({
  sources: z.array(manifestEntry).min(1, 'expected at least one source'),
});

export type ManifestEntry = z.infer<typeof manifestEntry>;

/** A field's schema without its default: in a partial entry, a missing field must stay missing so the file's own facts can fill it. */
function withoutDefault(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
}

/**
 * One entry of a manifest as authors write it now that the file speaks for itself: `file`
 * and whatever the file does not say (or says wrongly). The complete entry, after the file's
 * own facts are merged in, is checked against `manifestEntry`.
 */
export const partialManifestEntry = z
  .object({
    file: z.string().min(1, 'expected the received file\'s name'),
    slug: slug.optional(),
    ...(Object.fromEntries(Object.entries(sourceFactsShape).map(([key, schema]) => [key, withoutDefault(schema).optional()])) as {
      [K in keyof typeof sourceFactsShape]: z.ZodOptional<z.ZodType<z.output<(typeof sourceFactsShape)[K]>>>;
    }),
  })
  .strict();

export type PartialManifestEntry = z.infer<typeof partialManifestEntry>;

export const partialManifest = z.object({
  /** What the manifest is: ignored by ingest. */
  about: z.string().optional(),
  sources: z.array(partialManifestEntry).min(1, 'expected at least one source'),
});
