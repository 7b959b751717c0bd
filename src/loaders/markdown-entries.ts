import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { emptyCitations, type BriefingCitations } from '../lib/citations/citation-record.ts';
import { countProblems, isProblemError, ProblemError, shiftProblems, type Problem } from '../lib/problems.ts';
import { frontmatterPlace, placeInFrontmatter } from '../lib/text/frontmatter-place.ts';
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
  /**
   * Frontmatter strings that are Markdown with citations (a correction's `now`), by the entry's
   * validated data. Each is rendered with the site's Markdown processor when the entry is
   * loaded, so its citations and quotations are verified exactly as the body's are, and cached
   * with the entry under the same key; the HTML and citations are stored in the entry's data
   * under `renderedFields` (read them with src/data/briefing-notes.ts). Default none.
   */
  citedFields?: (data: Record<string, unknown>) => readonly CitedField[];
}

/** A frontmatter string to render as Markdown with verified citations. */
export interface CitedField {
  /** Where it is in the frontmatter: `["corrections", 0, "now"]`. */
  path: readonly (string | number)[];
  text: string;
  /** When set, the text must cite at least one source; the message says why. */
  mustCite?: string;
}

/** A cited frontmatter string as rendered: its HTML (one paragraph) and what its citations recorded. */
export interface RenderedField {
  html: string;
  citations: BriefingCitations;
}

/** The key of `data` under which rendered fields are stored, by their path joined with dots. */
export const RENDERED_FIELDS = 'renderedFields';

/**
 * The problems of an entry that failed to render, placed in its file. Astro renders a Markdown
 * entry's body without its frontmatter, so our plugins' lines count from the body: the
 * frontmatter's lines are added back.
 */
function problemsOf(error: unknown, filePath: string, body: string | undefined): readonly Problem[] {
  const file = relative(process.cwd(), filePath);
  if (!isProblemError(error)) return [{ file, message: error instanceof Error ? error.message : String(error) }];
  let text = '';
  try {
    text = readFileSync(filePath, 'utf8').replace(/\r\n?/gu, '\n');
  } catch {
    return error.problems;
  }
  const start = body === undefined ? -1 : text.lastIndexOf(body);
  return start > 0 ? shiftProblems(error.problems, text.slice(0, start).split('\n').length - 1) : error.problems;
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
  const { dependsOn, publish, citedFields, ...globOptions } = options;
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
                return failedRender(problemsOf(error, entry.filePath, entry.body));
              }
            };
          },
        };
      };
      const entryTypes = new Map([...context.entryTypes].map(([extension, entryType]) => [extension, withRenderChecks(entryType)]));

      // Cited frontmatter strings are rendered as the entry's data is parsed, so they are cached with it.
      const renderFields = async (data: Record<string, unknown>, absolutePath: string): Promise<Record<string, RenderedField>> => {
        const file = relative(root, absolutePath);
        const rendered: Record<string, RenderedField> = {};
        const problems: Problem[] = [];
        let fileText: string | undefined;
        const placeOf = (path: readonly (string | number)[]) => frontmatterPlace((fileText ??= readFileSync(absolutePath, 'utf8')), path);
        for (const field of citedFields?.(data) ?? []) {
          const key = field.path.join('.');
          try {
            const { html, metadata } = await context.renderMarkdown(field.text, { fileURL: pathToFileURL(`${absolutePath}#${key}`) });
            const citations = (metadata?.frontmatter as { citations?: BriefingCitations } | undefined)?.citations ?? emptyCitations();
            rendered[key] = { html, citations };
            if (field.mustCite && citations.links.length === 0) problems.push({ file, ...placeOf(field.path), message: field.mustCite, hint: 'end the sentence with the citation of the passage it rests on, as in the body: [@slug, ¶N].' });
          } catch (error) {
            const found = isProblemError(error) ? error.problems : [{ file: `${file}#${key}`, message: error instanceof Error ? error.message : String(error) }];
            for (const problem of found) problems.push(placeInFrontmatter({ ...problem, file: `${file}#${key}` }, () => (fileText ??= readFileSync(absolutePath, 'utf8'))));
          }
        }
        if (problems.length > 0) throw new ProblemError(problems, `${countProblems(problems.length, '')} in the frontmatter of ${file}:`);
        return rendered;
      };
      const parseData: LoaderContext['parseData'] = async (props) => {
        const data = await context.parseData(props);
        if (!citedFields || !props.filePath) return data;
        const rendered = await renderFields(data, props.filePath);
        return Object.keys(rendered).length > 0 ? { ...data, [RENDERED_FIELDS]: rendered } : data;
      };

      const loadWith = async (snapshots: readonly Snapshot<unknown>[], watcher: LoaderContext['watcher']): Promise<Problem[]> => {
        const dependencies = [rendererDigest(root), ...snapshots.map((snapshot) => snapshot.digest)].join('\n');
        await inner.load({
          ...context,
          // @ts-expect-error entryTypes is Astro's internal loader input (see ContextWithEntryTypes).
          entryTypes,
          watcher,
          parseData,
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
