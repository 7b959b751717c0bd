import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { installSchemaErrorMessages } from './lib/schema/error-messages.ts';
import { explained } from './lib/schema/explained.ts';
import { briefingSchema } from './lib/schema/briefing-schema.ts';
import { sourceSchema } from './lib/schema/source-schema.ts';
import { listSourceSlugs } from './lib/sources/list-source-slugs.ts';
import { uniqueEntryIds } from './lib/briefings/unique-entry-ids.ts';
import { sourceLoader } from './loaders/source-loader.ts';

installSchemaErrorMessages();

const sources = defineCollection({
  loader: sourceLoader({ base: 'content/sources' }),
  schema: explained(sourceSchema),
});

const briefings = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: './content/briefings',
    generateId: uniqueEntryIds({ base: 'content/briefings', exists: (entry) => existsSync(join('content/briefings', entry)) }),
  }),
  schema: explained(briefingSchema(listSourceSlugs('content/sources'))),
});

export const collections = { sources, briefings };
