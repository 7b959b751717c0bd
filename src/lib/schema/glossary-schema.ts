import { z } from 'astro/zod';
import { explain } from './error-messages.ts';
import { strictFields } from './strict-fields.ts';

/**
 * Frontmatter of `content/glossary/<slug>.md`. The body is the definition, in our words,
 * with at least one citation; the slug is the term's anchor on /glossary/ (`#<slug>`).
 */
export const glossarySchema = strictFields({
  /** The term as the glossary lists it: "ISIS-K (Khorasan)". */
  term: z.string(explain()).min(1, explain('expected the term as the glossary should list it')),
  /**
   * Spellings linked to the entry from briefings, as whole words; a spelling starting with
   * a lower-case letter also matches capitalized. List plural and short forms explicitly.
   */
  aliases: z.array(z.string(explain()).min(1), explain()).min(1, explain('expected at least one spelling to link from briefings, for example ["caliphate"]')),
  /** Longer phrases that contain a spelling but mean something else; not linked. Default none. */
  exclude: z.array(z.string(explain()).min(1), explain()).default([]),
});

export type GlossaryFrontmatter = z.infer<typeof glossarySchema>;
