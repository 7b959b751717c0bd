import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createSourceLibrary, type LibraryInput } from '../lib/citations/source-library.ts';
import { fail } from '../lib/problems.ts';
import { checkSourceFingerprint } from '../lib/sources/verify-source-text.ts';
import { parseSourceBody } from '../lib/sources/source-markdown.ts';
import { splitSourceFile } from '../lib/sources/source-file.ts';
import type { SourceFrontmatter } from '../lib/schema/source-schema.ts';
import { sourceLibrarySnapshot } from './snapshots.ts';

/**
 * Loads `content/sources/<slug>.md` into the `sources` collection: the one reader of the source
 * library. Unlike Astro's glob loader it never renders the body as Markdown (source pages render
 * the parsed blocks themselves, so nothing in a received text is interpreted as markup), and it
 * fails the build when a source's words no longer match the fingerprint recorded at ingest.
 * Once every source is validated it publishes the parsed library, with the digest of every
 * file, for the citation plugin and the chart loader (see snapshots.ts).
 */
export function sourceLoader(options: { base: string }): Loader {
  return {
    name: 'briefings-source-loader',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const directory = join(root, options.base);

      const loadFile = async (name: string): Promise<{ input: LibraryInput; digest: string }> => {
        const path = join(directory, name);
        const filePath = relative(root, path);
        const id = name.slice(0, -'.md'.length);
        const text = readFileSync(path, 'utf8');
        const { frontmatter, body, bodyLineOffset } = splitSourceFile(text);
        if (frontmatter === undefined || frontmatter === null || typeof frontmatter !== 'object') {
          fail({ file: filePath, line: 1, message: 'expected YAML frontmatter between "---" lines at the top of the file.', hint: `source files are written by "npm run ingest"; compare with another file in ${options.base}/.` });
        }
        const data = (await context.parseData({ id, data: frontmatter as Record<string, unknown>, filePath })) as unknown as SourceFrontmatter;
        const blocks = parseSourceBody(body, { file: filePath, lineOffset: bodyLineOffset });
        const problem = checkSourceFingerprint(blocks, data.ingest);
        if (problem) fail({ file: filePath, ...problem });
        const digest = context.generateDigest(text);
        context.store.set({ id, data: data as unknown as Record<string, unknown>, body, filePath, digest });
        return { input: { slug: id, facts: data, blocks }, digest };
      };

      const loadAll = async () => {
        const names = readdirSync(directory).filter((name) => name.endsWith('.md')).sort();
        context.store.clear();
        const loaded = [];
        for (const name of names) loaded.push(await loadFile(name));
        const digest = context.generateDigest(loaded.map((source) => `${source.input.slug}:${source.digest}`).join('\n'));
        sourceLibrarySnapshot.publish(createSourceLibrary(loaded.map((source) => source.input)), digest);
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
