import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkSourceFingerprint } from '../lib/sources/verify-source-text.ts';
import { parseSourceBody, SourceBodyError } from '../lib/sources/source-markdown.ts';
import { splitSourceFile } from '../lib/sources/source-file.ts';
import type { SourceFrontmatter } from '../lib/schema/source-schema.ts';

/**
 * Loads `content/sources/<slug>.md` into the `sources` collection. Unlike Astro's glob
 * loader it never renders the body as Markdown (source pages render the parsed blocks
 * themselves, so nothing in a received text is interpreted as markup), and it fails the
 * build when a source's words no longer match the fingerprint recorded at ingest.
 */
export function sourceLoader(options: { base: string }): Loader {
  return {
    name: 'briefings-source-loader',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const directory = join(root, options.base);
      const loadFile = async (name: string) => {
        const path = join(directory, name);
        const filePath = relative(root, path);
        const id = name.slice(0, -'.md'.length);
        const text = readFileSync(path, 'utf8');
        const { frontmatter, body, bodyLineOffset } = splitSourceFile(text);
        if (frontmatter === undefined || frontmatter === null || typeof frontmatter !== 'object') {
          throw new Error(`${filePath}:1: expected YAML frontmatter between "---" lines at the top of the file.\n  hint: source files are written by "npm run ingest"; compare with another file in ${options.base}/.`);
        }
        const data = await context.parseData({ id, data: frontmatter as Record<string, unknown>, filePath });
        let blocks;
        try {
          blocks = parseSourceBody(body, bodyLineOffset);
        } catch (error) {
          if (error instanceof SourceBodyError) {
            throw new Error(`${filePath}:${error.line ?? 1}: ${error.message}\n  hint: source bodies hold the received text only; write briefing prose in content/briefings/.`);
          }
          throw error;
        }
        const ingest = (data as unknown as SourceFrontmatter).ingest;
        const problem = checkSourceFingerprint(blocks, ingest);
        if (problem) throw new Error(`${filePath}: ${problem}`);
        context.store.set({ id, data, body, filePath, digest: context.generateDigest(text) });
      };

      const names = readdirSync(directory).filter((name) => name.endsWith('.md')).sort();
      context.store.clear();
      for (const name of names) await loadFile(name);

      context.watcher?.on('all', async (_event, changed) => {
        if (!changed.startsWith(directory) || !changed.endsWith('.md')) return;
        context.store.clear();
        for (const name of readdirSync(directory).filter((entry) => entry.endsWith('.md')).sort()) {
          try {
            await loadFile(name);
          } catch (error) {
            context.logger.error(error instanceof Error ? error.message : String(error));
          }
        }
      });
    },
  };
}
