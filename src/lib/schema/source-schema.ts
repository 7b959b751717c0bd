import { z } from 'astro/zod';
import { explain } from './error-messages.ts';
import { checkDatePrecision, sourceFactsShape } from './source-facts.ts';
import { strictFields } from './strict-fields.ts';

/** What ingestion recorded about the text it received. */
const ingestRecord = z.object(
  {
    /** The file name the text arrived as. */
    file: z.string(explain()).min(1),
    /** The day it was ingested (YYYY-MM-DD). */
    date: z.string(explain()).regex(/^\d{4}-\d{2}-\d{2}$/u, explain('expected the ingest day as YYYY-MM-DD')),
    /** `sha256:` of the text's word sequence; the build recomputes it to catch hand edits. */
    fingerprint: z.string(explain()).regex(/^sha256:[0-9a-f]{64}$/u, explain('expected "sha256:" and 64 hex digits, as written by npm run ingest')),
    /** How many words the received text had. */
    words: z.number(explain()).int().positive(),
    /** How many numbered body paragraphs it was given (written by ingest; absent in older files). */
    paragraphs: z.number(explain()).int().nonnegative().optional(),
    /**
     * `sha256:` of its numbered passages' layout (fingerprintLayout): the build recomputes it to
     * catch a paragraph split, joined or re-labelled by hand, which would renumber the citations.
     */
    layout: z.string(explain()).regex(/^sha256:[0-9a-f]{64}$/u, explain('expected "sha256:" and 64 hex digits, as written by npm run ingest')).optional(),
    /**
     * What reading the file noticed and kept as received: a word hyphenated at a PDF's line end,
     * a Word line break read as a newline, a UTF-16 file. Absent when there was nothing to say.
     */
    quirks: z.array(z.string(explain()).min(1), explain()).optional(),
  },
  explain(),
);

/** Frontmatter of `content/sources/<slug>.md`. */
export const sourceSchema = strictFields({
  ...sourceFactsShape,
  ingest: ingestRecord,
  /**
   * Set by `npm run ingest` when a changed text replaced version N (kept as
   * `content/sources/<slug>/vN.md`): the build follows every unpinned citation of this source
   * from version N into this text and reports it as unchanged, moved, changed or gone, until
   * `npm run fix-locators` has rewritten the moved ones and removes this field. Default: none
   * (every citation was written against this text).
   */
  reanchorFrom: z.number(explain()).int(explain('expected a whole version number')).positive(explain('expected a version number, 1 or more')).optional(),
}).superRefine(checkDatePrecision);

export type SourceFrontmatter = z.infer<typeof sourceSchema>;
