import { z } from 'astro/zod';

/**
 * Frontmatter of `content/glossary/<slug>.md`. The body is the definition, in our words,
 * with at least one citation; the slug is the term's anchor on /glossary/ (`#<slug>`).
 */
export const glossarySchema = z
  .object({
    /** The term as the glossary lists it: "ISIS-K (Khorasan)". */
    term: z.string().min(1, 'expected the term as the glossary should list it'),
    /**
     * Spellings linked to the entry from briefings, as whole words; a spelling starting with
     * a lower-case letter also matches capitalized. List plural and short forms explicitly.
     */
    aliases: z.array(z.string().min(1)).min(1, 'expected at least one spelling to link from briefings, for example ["caliphate"]'),
    /** Longer phrases that contain a spelling but mean something else; not linked. Default none. */
    exclude: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type GlossaryFrontmatter = z.infer<typeof glossarySchema>;
