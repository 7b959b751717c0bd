import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { installSchemaErrorMessages } from './lib/schema/error-messages.ts';
import { briefingSchema } from './lib/schema/briefing-schema.ts';
import { glossarySchema } from './lib/schema/glossary-schema.ts';
import { peopleSchema } from './lib/schema/people-schema.ts';
import { sourceSchema } from './lib/schema/source-schema.ts';
import { uniqueEntryIds } from './lib/briefings/unique-entry-ids.ts';
import { CONTENT } from './config.ts';
import { sourceLoader } from './loaders/source-loader.ts';
import { chartLoader } from './loaders/chart-loader.ts';
import { historyLoader } from './loaders/history-loader.ts';
import { sourceVersionsLoader } from './loaders/source-versions-loader.ts';
import { markdownEntries } from './loaders/markdown-entries.ts';
import { glossaryTermsSnapshot, sourceLibrarySnapshot } from './loaders/snapshots.ts';

// The chart loader parses its files itself, outside Astro's error map: it gets the same messages
// from a global map. Collection schemas carry theirs (lib/schema/error-messages.ts: explain).
installSchemaErrorMessages();

/** The source library: the one reader of content/sources/, which publishes it to the citation plugin. */
const sources = defineCollection({
  loader: sourceLoader({ base: CONTENT.sources }),
  schema: sourceSchema,
});

const briefings = defineCollection({
  loader: markdownEntries({
    pattern: '**/*.{md,mdx}',
    base: CONTENT.briefings,
    generateId: uniqueEntryIds({ base: CONTENT.briefings, exists: (entry) => existsSync(join(CONTENT.briefings, entry)) }),
    dependsOn: [sourceLibrarySnapshot, glossaryTermsSnapshot],
  }),
  schema: briefingSchema(() => sourceLibrarySnapshot.current().value.slugs),
});

/** Glossary entries: frontmatter says what to link; the body, the definition, is cited like a briefing. */
const glossary = defineCollection({
  loader: markdownEntries({
    pattern: '*.md',
    base: CONTENT.glossary,
    dependsOn: [sourceLibrarySnapshot],
    publish: (entries) =>
      glossaryTermsSnapshot.publish(
        entries.map(({ id, data }) => ({ id, names: data.aliases as string[], exclude: data.exclude as string[] | undefined })),
        JSON.stringify(entries.map(({ id, data }) => [id, data.aliases, data.exclude])),
      ),
  }),
  schema: glossarySchema,
});

/** People and organizations the sources name; their mentions are computed from the source texts. */
const people = defineCollection({
  loader: markdownEntries({ pattern: '*.md', base: CONTENT.people, dependsOn: [sourceLibrarySnapshot] }),
  schema: peopleSchema,
});

// Chart data: one file per chart in content/data/, validated against src/lib/schema/chart-data.ts
// and every datum's quote verified by the loader (it stores verified charts, so no schema here).
const charts = defineCollection({
  loader: chartLoader({ base: CONTENT.data }),
});

/** Earlier texts of sources, kept by re-ingests: stored from what the sources collection's loader validated. */
const sourceVersions = defineCollection({ loader: sourceVersionsLoader() });

/** Each briefing's committed revisions, read from the repository with git (src/loaders/history-loader.ts). */
const revisions = defineCollection({ loader: historyLoader({ base: CONTENT.briefings }) });

export const collections = { sources, sourceVersions, briefings, glossary, people, charts, revisions };
