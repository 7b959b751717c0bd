import { z } from 'astro/zod';
import { closestFirst } from '../text/closest.ts';
import { correctionEntry, updateEntry } from './briefing-notes.ts';
import { calendarDate } from './partial-date-field.ts';
import { slug } from './slug.ts';
import { tagList } from './tags.ts';

/**
 * Frontmatter of `content/briefings/<slug>.mdx`. Source slugs are checked against the
 * library's: a list, or a function asked at each parse (the site passes the source
 * library's snapshot, which the briefings loader waits for before it parses anything).
 */
export function briefingSchema(known: readonly string[] | (() => readonly string[])) {
  const knownSlugs = typeof known === 'function' ? known : () => known;
  return z
    .object({
      /** Headline. */
      title: z.string().min(1, 'expected a title'),
      /** One or two sentences under the headline: what the briefing explains. */
      dek: z.string().min(1, 'expected a dek: one or two sentences under the title'),
      /** First publication day, YYYY-MM-DD. */
      published: calendarDate,
      /** Day of the last substantive update, if any; shown as "Updated …". */
      updated: calendarDate.optional(),
      /** Our writers (not the sources' authors). */
      authors: z.array(z.string().min(1)).min(1, 'expected at least one author'),
      regions: tagList,
      topics: tagList,
      /** Slugs of the sources this briefing draws on; each must exist in content/sources/. */
      sources: z.array(
        slug.refine((value) => knownSlugs().includes(value), {
          error: (issue) =>
            `unknown source "${String(issue.input)}"; known sources, closest first: ${closestFirst(String(issue.input), knownSlugs()).join(', ')}`,
        }),
      ).min(1, 'expected at least one source slug'),
      /** Three to five sentences a reader should take away. */
      keyTakeaways: z.array(z.string().min(1)).min(1, 'expected at least one key takeaway'),
      /** Drafts show in `npm run dev` only. */
      draft: z.boolean().default(false),
      /** Corrections, oldest first: each dated, with what was wrong and what the briefing now says, citing what it rests on. Default none. */
      corrections: z.array(correctionEntry).default([]),
      /** Updates, oldest first: each dated, with what was added. Default none. */
      updates: z.array(updateEntry).default([]),
    })
    .strict()
    .superRefine((data, ctx) => {
      if (data.updated && data.updated < data.published) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: 'updated is earlier than published' });
      }
      for (const [field, notes] of [['corrections', data.corrections], ['updates', data.updates]] as const) {
        notes.forEach((note, index) => {
          if (note.date < data.published) ctx.addIssue({ code: 'custom', path: [field, index, 'date'], message: `the ${field === 'corrections' ? 'correction' : 'update'} is dated before the briefing was published` });
        });
      }
    });
}

export type BriefingFrontmatter = z.infer<ReturnType<typeof briefingSchema>>;
