import { z } from 'astro/zod';
import { closestFirst } from '../text/closest.ts';
import { correctionEntry, updateEntry } from './briefing-notes.ts';
import { describeValue, explain } from './error-messages.ts';
import { calendarDate } from './partial-date-field.ts';
import { slug } from './slug.ts';
import { strictFields } from './strict-fields.ts';
import { tagList } from './tags.ts';

/**
 * Frontmatter of `content/briefings/<slug>.mdx`. Source slugs are checked against the
 * library's: a list, or a function asked at each parse (the site passes the source
 * library's snapshot, which the briefings loader waits for before it parses anything).
 */
export function briefingSchema(known: readonly string[] | (() => readonly string[])) {
  const knownSlugs = typeof known === 'function' ? known : () => known;
  return strictFields({
    /** Headline. */
    title: z.string(explain()).min(1, explain('expected a title')),
    /** One or two sentences under the headline: what the briefing explains. */
    dek: z.string(explain()).min(1, explain('expected a dek: one or two sentences under the title')),
    /** First publication day, YYYY-MM-DD. */
    published: calendarDate,
    /** Day of the last substantive update, if any; shown as "Updated …". */
    updated: calendarDate.optional(),
    /** Our writers (not the sources' authors). */
    authors: z.array(z.string(explain()).min(1), explain()).min(1, explain('expected at least one author')),
    regions: tagList,
    topics: tagList,
    /** Slugs of the sources this briefing draws on; each must exist in content/sources/. */
    sources: z.array(
      slug.refine((value) => knownSlugs().includes(value), {
        error: (issue) =>
          `unknown source "${String(issue.input)}"; known sources, closest first: ${closestFirst(String(issue.input), knownSlugs()).join(', ')}`,
      }),
      explain(),
    ).min(1, explain('expected at least one source slug')),
    /** Three to five sentences a reader should take away. */
    keyTakeaways: z.array(z.string(explain()).min(1), explain()).min(1, explain('expected at least one key takeaway')),
    /** Drafts show in `npm run dev` only. */
    draft: z.boolean(explain()).default(false),
    /** Corrections, oldest first: each dated, with what was wrong and what the briefing now says, citing what it rests on. Default none. */
    corrections: z.array(correctionEntry, explain()).default([]),
    /** Updates, oldest first: each dated, with what was added. Default none. */
    updates: z.array(updateEntry, explain()).default([]),
  }).superRefine((data, ctx) => {
    if (data.updated && data.updated < data.published) {
      // The day as the author wrote it: a date here was read from a quoted "YYYY-MM-DD".
      const written = describeValue(data.updated.toISOString().slice(0, 10));
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `updated is earlier than published (got ${written})` });
    }
    for (const [field, notes] of [['corrections', data.corrections], ['updates', data.updates]] as const) {
      notes.forEach((note, index) => {
        if (note.date < data.published) {
          ctx.addIssue({ code: 'custom', path: [field, index, 'date'], message: `the ${field === 'corrections' ? 'correction' : 'update'} is dated before the briefing was published (got ${describeValue(note.date.toISOString().slice(0, 10))})` });
        }
      });
    }
  });
}
