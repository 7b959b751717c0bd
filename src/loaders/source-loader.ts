import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createSourceLibrary, type LibraryInput, type LibraryText } from '../lib/citations/source-library.ts';
import { fail, ProblemError, type Problem } from '../lib/problems.ts';
import { checkSourceFingerprint } from '../lib/sources/verify-source-text.ts';
import { parseSourceBody } from '../lib/sources/source-markdown.ts';
import { splitSourceFile } from '../lib/sources/source-file.ts';
import { listSourceFiles } from '../lib/sources/source-versions.ts';
import type { SourceFrontmatter } from '../lib/schema/source-schema.ts';
import { sourceLibrarySnapshot, sourceVersionsSnapshot, type KeptVersion } from './snapshots.ts';

/**
 * Loads `content/sources/<slug>.md` into the `sources` collection: the one reader of the source
 * library. Unlike Astro's glob loader it never renders the body as Markdown (source pages render
 * the parsed blocks themselves, so nothing in a received text is interpreted as markup), and it
 * fails the build when a source's words no longer match the fingerprint recorded at ingest.
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

      const loadText = async (name: string, id: string) => {
        const path = join(directory, name);
        const filePath = relative(root, path);
        const text = readFileSync(path, 'utf8');
        const { frontmatter, body, bodyLineOffset } = splitSourceFile(text);
        if (frontmatter === undefined || frontmatter === null || typeof frontmatter !== 'object') {
          fail({ file: filePath, line: 1, message: 'expected YAML frontmatter between "---" lines at the top of the file.', hint: `source files are written by "npm run ingest"; compare with another file in ${options.base}/.` });
        }
        const data = (await context.parseData({ id, data: frontmatter as Record<string, unknown>, filePath })) as unknown as SourceFrontmatter;
        const blocks = parseSourceBody(body, { file: filePath, lineOffset: bodyLineOffset });
        const problem = checkSourceFingerprint(blocks, data.ingest);
        if (problem) fail({ file: filePath, ...problem });
        return { data, body, blocks, filePath, digest: context.generateDigest(text) };
      };

      const loadAll = async () => {
        const entries = readdirSync(directory, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
        const listing = listSourceFiles(options.base, entries, (name) => readdirSync(join(directory, name)));
        if (listing.problems.length > 0) throw new ProblemError(listing.problems);
        context.store.clear();
        const inputs: LibraryInput[] = [];
        const kept: KeptVersion[] = [];
        const digests: string[] = [];
        const problems: Problem[] = [];
        for (const files of listing.sources) {
          const current = await loadText(files.current, files.slug);
          const previous: LibraryText[] = [];
          for (const [index, name] of files.previous.entries()) {
            const version = index + 1;
            const loaded = await loadText(name, `${files.slug}/v${version}`);
            previous.push({ facts: loaded.data, blocks: loaded.blocks });
            kept.push({ slug: files.slug, version, data: loaded.data, body: loaded.body, filePath: loaded.filePath, digest: loaded.digest });
            digests.push(`${files.slug}@v${version}:${loaded.digest}`);
          }
          const { reanchorFrom } = current.data;
          if (reanchorFrom !== undefined && reanchorFrom > previous.length) {
            problems.push({
              file: current.filePath,
              message: `reanchorFrom is ${reanchorFrom}, but ${previous.length === 0 ? 'no earlier version is kept' : `the kept versions are v1–v${previous.length}`} (this text is v${previous.length + 1}).`,
              hint: `reanchorFrom names the kept version (${options.base}/${files.slug}/v<n>.md) that citations were written against; npm run ingest sets it and npm run fix-locators removes it.`,
            });
          }
          context.store.set({ id: files.slug, data: current.data as unknown as Record<string, unknown>, body: current.body, filePath: current.filePath, digest: current.digest });
          inputs.push({ slug: files.slug, facts: current.data, blocks: current.blocks, previous, ...(reanchorFrom !== undefined ? { reanchorFrom } : {}) });
          digests.push(`${files.slug}:${current.digest}`);
        }
        if (problems.length > 0) throw new ProblemError(problems);
        const digest = context.generateDigest(digests.join('\n'));
        sourceVersionsSnapshot.publish({ slugs: listing.sources.map((source) => source.slug), kept }, context.generateDigest(kept.map((version) => `${version.slug}@v${version.version}:${version.digest}`).join('\n')));
        sourceLibrarySnapshot.publish(createSourceLibrary(inputs), digest);
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
