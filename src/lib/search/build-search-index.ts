import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { compactSearchIndex } from './compact-search-index.ts';

export interface BuildSearchIndexOptions {
  /** The built site to index (dist/ or a temporary build folder); the index is written to `<siteDir>/pagefind/`. */
  siteDir: string;
  /** Word locations per index chunk; see DEFAULT_INDEX_CHUNK_SIZE. */
  indexChunkSize?: number;
}

export interface SearchIndexSummary {
  /** HTML files in the site. */
  fileCount: number;
  /** Pages in the index: those whose article carries `data-pagefind-body`. */
  pageCount: number;
  /** Absolute path of the written bundle. */
  outputPath: string;
}

/**
 * Word locations per index chunk. Every query word fetches one chunk; with Pagefind's default,
 * 20,000, a chunk of a 5,000-page site weighs 20–45 KB. Measured with `npm run bench:search` on
 * 5,000 synthetic pages, 5,000 locations per chunk cut a two-word first query's chunks from 69 KB
 * to 13 KB, for 3.5 KB more in the metadata file; on a small site it changes nothing.
 */
const DEFAULT_INDEX_CHUNK_SIZE = 5000;

/**
 * Pagefind's ready-made interfaces, its highlight script and the fallback for pages without a
 * language. Our own interface uses only pagefind.js, its worker (on the search page) and the
 * English WebAssembly, so these would be dead weight on the host.
 */
/**
 * Parts of indexed pages that are not their content, where a component cannot say so itself
 * with data-pagefind-ignore because the same markup is content elsewhere: a chart's drawing,
 * legend, summary and data table are the content of its own page under /visuals/, but inside a
 * briefing they would make every place name in the chart a hit for the briefing. The download
 * links are chrome everywhere.
 */
const EXCLUDED_SELECTORS = [
  '.briefing figure.chart .chart-legend',
  '.briefing figure.chart .chart-canvas',
  '.briefing figure.chart .chart-data',
  '.briefing figure.chart .visually-hidden',
  'figure.chart .chart-downloads',
];

const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];

/** Pages Pagefind is given at once: enough to keep it busy, few enough that the site is never all in memory. */
const PAGES_IN_FLIGHT = 32;

/** Every `.html` file under the site, as paths relative to it, in a stable order; the index's own folder is left out. */
function htmlFiles(siteDir: string, folder = siteDir): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return path === join(siteDir, 'pagefind') ? [] : htmlFiles(siteDir, path);
      return entry.isFile() && entry.name.endsWith('.html') ? [relative(siteDir, path)] : [];
    });
}

const DATE_SORT = /data-pagefind-sort="date:([^"]*)"/u;

interface IndexablePage {
  /** Relative to the site, with forward slashes: Pagefind makes the result's URL from it. */
  sourcePath: string;
  /** The page's `date` sort key (src/lib/search/page-search-attributes.ts). */
  date: string;
}

/**
 * The pages Pagefind is to index, oldest first: only those that mark content with
 * `data-pagefind-body` (Pagefind would read every other page only to drop it). Pagefind numbers
 * pages in the order it is given them and stores the `date` sort as a list of page numbers; in
 * date order that list counts up, which gzip shrinks to a fraction (4 KB less of the metadata
 * every first query fetches, at 5,000 pages).
 */
function indexablePages(siteDir: string, files: readonly string[]): IndexablePage[] {
  const pages: IndexablePage[] = [];
  for (const file of files) {
    const html = readFileSync(join(siteDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    pages.push({ sourcePath: file.split(sep).join('/'), date: DATE_SORT.exec(html)?.[1] ?? '' });
  }
  return pages.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
}

/** Hands the pages to Pagefind in order, a few at a time, reading each file just before it goes. */
async function addPages(index: pagefind.PagefindIndex, siteDir: string, pages: readonly IndexablePage[]): Promise<string[]> {
  const errors: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const page = pages[next++]!;
      const added = await index.addHTMLFile({ sourcePath: page.sourcePath, content: readFileSync(join(siteDir, page.sourcePath), 'utf8') });
      errors.push(...added.errors.map((error) => `${page.sourcePath}: ${error}`));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGES_IN_FLIGHT, pages.length) }, worker));
  return errors;
}

/** Pages in a written index, from its entry file (Pagefind's own count includes pages it skipped). */
function indexedPageCount(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Runs Pagefind over a built site through its Node API. Only elements marked
 * `data-pagefind-body` (source and briefing articles) are indexed, so the header, navigation
 * and footer never reach the index. The pages go to Pagefind oldest first (indexablePages) and
 * its fragments are renamed short (compact-search-index.ts), both to make the metadata that
 * every first query fetches smaller. Fails with a cause, naming the folder, when Pagefind
 * reports an error or finds nothing to index.
 */
export async function buildSearchIndex(options: BuildSearchIndexOptions): Promise<SearchIndexSummary> {
  const siteDir = resolve(options.siteDir);
  if (!existsSync(join(siteDir, 'index.html'))) {
    throw new Error(`Failed to run Pagefind: no built site at ${siteDir} (expected an index.html). Run "astro build" first.`);
  }
  // Pagefind reads the chunk size only from its environment, when its service process starts.
  const previousChunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(options.indexChunkSize ?? DEFAULT_INDEX_CHUNK_SIZE);
  try {
    // Each page is indexed under its own <html lang>: a source whose text is mostly Arabic under
    // "ar" (a separate index, loaded only by a page in Arabic), everything else under the site's "en".
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS });
    if (!index) throw new Error(errors.join('; ') || 'createIndex returned no index');
    const files = htmlFiles(siteDir);
    const pages = indexablePages(siteDir, files);
    if (pages.length === 0) throw new Error(`none of ${files.length} HTML files marks content with data-pagefind-body`);
    const addErrors = await addPages(index, siteDir, pages);
    if (addErrors.length > 0) throw new Error(addErrors.join('; '));
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
    const pageCount = indexedPageCount(outputPath);
    if (pageCount === 0) throw new Error('no pages were indexed; expected pages whose article carries data-pagefind-body');
    compactSearchIndex(outputPath);
    return { fileCount: files.length, pageCount, outputPath };
  } catch (cause) {
    throw new Error(`Failed to run Pagefind over ${siteDir}.`, { cause });
  } finally {
    await pagefind.close();
    if (previousChunkSize === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previousChunkSize;
  }
}
