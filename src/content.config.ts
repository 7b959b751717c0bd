import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { installSchemaErrorMessages } from './lib/schema/error-messages.ts';
import { briefingSchema } from './lib/schema/briefing-schema.ts';
import { glossarySchema } from './lib/schema/glossary-schema.ts';
import { peopleSchema } from './lib/schema/people-schema.ts';
import { sourceSchema } from './lib/schema/source-schema.ts';
import { listSourceSlugs } from './lib/sources/list-source-slugs.ts';
import { uniqueEntryIds } from './lib/briefings/unique-entry-ids.ts';
import { sourceLoader } from './loaders/source-loader.ts';
import { chartLoader } from './loaders/chart-loader.ts';

// The chart loader parses its files itself, outside Astro's error map: it gets the same messages
// from a global map. Collection schemas carry theirs (lib/schema/error-messages.ts: explain).
installSchemaErrorMessages();

const sources = defineCollection({
  loader: sourceLoader({ base: 'content/sources' }),
  schema: sourceSchema,
});

const briefings = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: './content/briefings',
    generateId: uniqueEntryIds({ base: 'content/briefings', exists: (entry) => existsSync(join('content/briefings', entry)) }),
  }),
  schema: briefingSchema(listSourceSlugs('content/sources')),
});

/** Glossary entries: frontmatter says what to link; the body, the definition, is cited like a briefing. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/glossary' }),
  schema: glossarySchema,
});

/** People and organizations the sources name; their mentions are computed from the source texts. */
const people = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/people' }),
  schema: peopleSchema,
});

// Chart data: one file per chart in content/data/, validated against src/lib/schema/chart-data.ts
// and every datum's quote verified by the loader (it stores verified charts, so no schema here).
const charts = defineCollection({
  loader: chartLoader({ base: 'content/data', sources: 'content/sources' }),
});

export const collections = { sources, briefings, glossary, people, charts };
