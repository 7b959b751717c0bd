import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { countProblems, isProblemError, ProblemError, type Problem } from '../lib/problems.ts';
import type { Channel, Snapshot } from './snapshots.ts';

type GlobOptions = Parameters<typeof glob>[0];
type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;
type RenderFunction = (entry: { id: string; data: Record<string, unknown>; body?: string; filePath: string; digest: string }) => Promise<RenderedContent>;
/** How Astro renders one kind of entry file (`.md`); passed to loaders but not in Astro's public types. */
interface EntryType {
  getRenderFunction?: (config: AstroConfig) => Promise<RenderFunction>;
}
type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, EntryType> };

export interface MarkdownEntriesOptions extends GlobOptions {
  /**
   * Snapshots the rendered entries depend on (the source library their citations are verified
   * against, the glossary whose terms they link). Their digests are part of every entry's
   * cache key, and a new snapshot re-renders the collection.
   */
  dependsOn: readonly Channel<unknown>[];
  /** Called with the collection's entries after every load, to publish a snapshot of them. */
  publish?: (entries: readonly { id: string; data: Record<string, unknown> }[]) => void;
}

/**
 * The problems of an entry that failed to render. Our plugins place them in the file already,
 * frontmatter lines included (src/plugins/page-document.ts, bodyLine), whether they are in the
 * body or in a key takeaway; any other error is named by the file.
 */
function problemsOf(error: unknown, filePath: string): readonly Problem[] {
  const file = relative(process.cwd(), filePath);
  if (!isProblemError(error)) return [{ file, message: error instanceof Error ? error.message : String(error) }];
  return error.problems;
}

/** What a failed render stores: no HTML, and the problems where the plugins' records go. */
function failedRender(problems: readonly Problem[]): RenderedContent {
  return { html: '', metadata: { frontmatter: { renderProblems: problems } } } as RenderedContent;
}

/** The problems a stored render carries (none for a good one). */
function renderProblems(rendered: { metadata?: { frontmatter?: Record<string, unknown> } } | undefined): Problem[] {
  const problems = rendered?.metadata?.frontmatter?.renderProblems;
  return Array.isArray(problems) ? (problems as Problem[]) : [];
}

function extensionOf(path: string | undefined): string {
  return path ? path.slice(path.lastIndexOf('.')) : '';
}

/** What the rendering of an entry depends on besides the entry and the snapshots: our plugins' code and the installed packages. */
export function rendererDigest(root: string): string {
  const hash = createHash('sha256');
  const addFolder = (folder: string) => {
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) addFolder(path);
      else if (/\.(?:ts|mjs|js)$/u.test(entry.name)) hash.update(`${path}\0`).update(readFileSync(path)).update('\0');
    }
  };
  for (const folder of ['src/plugins', 'src/lib']) addFolder(join(root, folder));
  for (const file of ['astro.config.mjs', 'package-lock.json']) {
    try {
      hash.update(file).update(readFileSync(join(root, file)));
    } catch {
      // A project without a lockfile (a benchmark copy, say) has no package versions to add.
    }
  }
  return hash.digest('hex');
}

/**
 * Astro's glob loader for Markdown and MDX entries whose rendering depends on more than their
 * own file. Astro caches an entry's rendered HTML under the digest of its file alone, so a
 * glossary definition rendered before its source changed would be published, "verified", from
 * the cache. Here the digest also covers the snapshots it was rendered against and the
 * renderer itself. And where the glob loader only logs an entry that fails to render (a
 * misquotation, a citation of an unknown source) and publishes the collection without it,
 * this loader fails the build with every entry's error.
 */
export function markdownEntries(options: MarkdownEntriesOptions): Loader {
  const { dependsOn, publish, ...globOptions } = options;
  const inner = glob(globOptions);
  return {
    name: 'briefings-markdown-entries',
    async load(loaderContext: LoaderContext) {
      const context = loaderContext as ContextWithEntryTypes;
      if (!(context.entryTypes instanceof Map)) {
        throw new Error('src/loaders/markdown-entries.ts: this version of Astro no longer passes entryTypes to loaders, so entries that fail to render could not be caught; update the loader.');
      }
      const root = fileURLToPath(context.config.root);

      // An entry that fails to render is stored with its problems in place of its HTML, under
      // the digest of what it was rendered from: it fails again (and only) until that changes.
      const withRenderChecks = (entryType: EntryType): EntryType => {
        const getRenderFunction = entryType.getRenderFunction;
        if (!getRenderFunction) return entryType;
        return {
          ...entryType,
          getRenderFunction: async (config: AstroConfig) => {
            const render = await getRenderFunction(config);
            return async (entry: Parameters<RenderFunction>[0]) => {
              try {
                return await render(entry);
              } catch (error) {
                return failedRender(problemsOf(error, entry.filePath));
              }
            };
          },
        };
      };
      const entryTypes = new Map([...context.entryTypes].map(([extension, entryType]) => [extension, withRenderChecks(entryType)]));

      const loadWith = async (snapshots: readonly Snapshot<unknown>[], watcher: LoaderContext['watcher']): Promise<Problem[]> => {
        const dependencies = [rendererDigest(root), ...snapshots.map((snapshot) => snapshot.digest)].join('\n');
        await inner.load({
          ...context,
          // @ts-expect-error entryTypes is Astro's internal loader input (see ContextWithEntryTypes).
          entryTypes,
          watcher,
          generateDigest: (data) => context.generateDigest(typeof data === 'string' ? `${data}\0${dependencies}` : { data, dependencies }),
        });
        const problems: Problem[] = [];
        for (const entry of context.store.values()) {
          if (entry.deferredRender || !context.entryTypes.get(extensionOf(entry.filePath))?.getRenderFunction) continue;
          if (!entry.rendered) {
            // Not expected (every render returns something); never leave it cached as done.
            context.store.delete(entry.id);
            problems.push({ file: entry.filePath ?? entry.id, message: 'has no rendered content; it is rendered again on the next build.' });
          } else problems.push(...renderProblems(entry.rendered));
        }
        publish?.([...context.store.values()].map(({ id, data }) => ({ id, data })).sort((a, b) => a.id.localeCompare(b.id)));
        return problems;
      };
      const report = (problems: readonly Problem[]) => new ProblemError(problems, `${countProblems(problems.length, '')} in the ${context.collection} collection:`);

      const problems = await loadWith(await Promise.all(dependsOn.map((channel) => channel.ready())), context.watcher);
      // A build stops here. `npm run dev` goes on: the page showing the entry shows its problems
      // (src/data/rendered.ts), as Astro shows an MDX briefing that does not compile.
      if (problems.length > 0 && !context.watcher) throw report(problems);
      if (problems.length > 0) context.logger.error(report(problems).message);
      // In `npm run dev`, a changed source or glossary re-renders every entry that may depend on it.
      for (const channel of dependsOn) {
        channel.subscribe(context.collection, () => {
          loadWith(dependsOn.map((dependency) => dependency.current()), undefined)
            .then((later) => later.length > 0 && context.logger.error(report(later).message))
            .catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
        });
      }
    },
  };
}
