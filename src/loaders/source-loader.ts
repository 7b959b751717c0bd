import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createSourceLibrary } from '../lib/citations/source-library.ts';
import { ProblemError } from '../lib/problems.ts';
import type { SourceFrontmatter } from '../lib/schema/source-schema.ts';
import { libraryFilesOnDisk, libraryInputs, readSourceLibrary } from '../lib/sources/read-source-library.ts';
import { sourceLibrarySnapshot, sourceVersionsSnapshot, type KeptVersion } from './snapshots.ts';

/**
 * Loads `content/sources/<slug>.md` into the `sources` collection, read by the one reader of the
 * source library (src/lib/sources/read-source-library.ts) with the collection's own validation.
 * Unlike Astro's glob loader it never renders the body as Markdown (source pages render
 * the parsed blocks themselves, so nothing in a received text is interpreted as markup), and it
 * fails the build, naming every such file, when a source's words no longer match the fingerprint
 * recorded at ingest.
 * The earlier texts a re-ingest kept (`content/sources/<slug>/v1.md` …, see
 * src/lib/sources/source-versions.ts) are validated the same way, schema and fingerprint.
 * Once every text is validated it publishes the parsed library, every version of every source
 * with the digest of every file, for the citation plugin and the chart loader, and the kept
 * versions for the `sourceVersions` collection (see snapshots.ts).
 */
export function sourceLoader(options: { base: string }): Loader {
  return {
    name: 'briefings-source-loader',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const directory = join(root, options.base);

      const loadAll = async () => {
        const { sources, problems } = await readSourceLibrary(options.base, libraryFilesOnDisk(directory), async (frontmatter, { id, file }) =>
          (await context.parseData({ id, data: frontmatter, filePath: file })) as unknown as SourceFrontmatter,
        );
        if (problems.length > 0) throw new ProblemError(problems);
        context.store.clear();
        const kept: KeptVersion[] = [];
        const digests: string[] = [];
        for (const { slug, current, previous } of sources) {
          const digest = context.generateDigest(current.text);
          context.store.set({ id: slug, data: current.facts as unknown as Record<string, unknown>, body: current.body, filePath: current.file, digest });
          digests.push(`${slug}:${digest}`);
          for (const [index, text] of previous.entries()) {
            const version = index + 1;
            const versionDigest = context.generateDigest(text.text);
            kept.push({ slug, version, data: text.facts, body: text.body, filePath: text.file, digest: versionDigest });
            digests.push(`${slug}@v${version}:${versionDigest}`);
          }
        }
        sourceVersionsSnapshot.publish(
          { slugs: sources.map((source) => source.slug), kept },
          context.generateDigest(kept.map((version) => `${version.slug}@v${version.version}:${version.digest}`).join('\n')),
        );
        sourceLibrarySnapshot.publish(createSourceLibrary(libraryInputs(sources)), context.generateDigest(digests.join('\n')));
      };

      await loadAll();
      context.watcher?.on('all', async (_event, changed) => {
        if (!changed.startsWith(directory) || !changed.endsWith('.md')) return;
        try {
          await loadAll();
        } catch (error) {
          context.logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
