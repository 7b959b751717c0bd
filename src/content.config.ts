import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { installSchemaErrorMessages } from './lib/schema/error-messages.ts';
import { explained } from './lib/schema/explained.ts';
import { briefingSchema } from './lib/schema/briefing-schema.ts';
import { glossarySchema } from './lib/schema/glossary-schema.ts';
import { peopleSchema } from './lib/schema/people-schema.ts';
import { sourceSchema } from './lib/schema/source-schema.ts';
import { listSourceSlugs } from './lib/sources/list-source-slugs.ts';
import { sourceLoader } from './loaders/source-loader.ts';
import { chartLoader } from './loaders/chart-loader.ts';

installSchemaErrorMessages();

const sources = defineCollection({
  loader: sourceLoader({ base: 'content/sources' }),
  schema: explained(sourceSchema),
});

const briefings = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/briefings' }),
  schema: explained(briefingSchema(listSourceSlugs('content/sources'))),
});

/** Glossary entries: frontmatter says what to link; the body, the definition, is cited like a briefing. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/glossary' }),
  schema: explained(glossarySchema),
});

/** People and organizations the sources name; their mentions are computed from the source texts. */
const people = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/people' }),
  schema: explained(peopleSchema),
});

// Chart data: one file per chart in content/data/, validated against src/lib/schema/chart-data.ts
// and every datum's quote verified by the loader (it stores verified charts, so no schema here).
const charts = defineCollection({
  loader: chartLoader({ base: 'content/data', sources: 'content/sources' }),
});

export const collections = { sources, briefings, glossary, people, charts };
