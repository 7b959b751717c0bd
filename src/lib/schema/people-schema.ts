import { z } from 'astro/zod';
import { explain } from './error-messages.ts';
import { strictFields } from './strict-fields.ts';

/**
 * Frontmatter of `content/people/<slug>.md`: a person or organization the sources quote or
 * name. The body is a one-line description in our words, with a citation. The passages that
 * mention the entry are computed from the source texts, from `name` and `aliases`.
 */
export const peopleSchema = strictFields({
  /** Full name as the index lists it. */
  name: z.string(explain()).min(1, explain('expected a name')),
  /** Person or organization: decides the index section. */
  kind: z.enum(['person', 'organization'], explain('expected "person" or "organization"')),
  /** Other spellings the sources use ("al-Bayati", "ISIS"), matched as whole words. Default none. */
  aliases: z.array(z.string(explain()).min(1), explain()).default([]),
  /** Longer phrases containing a spelling that refer to someone else; not counted. Default none. */
  exclude: z.array(z.string(explain()).min(1), explain()).default([]),
  /** Sort key when the name should not sort as written ("Bayati, Sarmad al-"). Default: the name. */
  sortAs: z.string(explain()).min(1).optional(),
  /**
   * Slugs of the sources this organization published or republished: the index lists it
   * among the publishers and links to those sources, even where no passage names it. Default none.
   */
  publisherOf: z.array(z.string(explain()).min(1), explain()).default([]),
});

export type PeopleFrontmatter = z.infer<typeof peopleSchema>;
