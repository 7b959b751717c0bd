import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

export interface BuildSearchIndexOptions {
  /** The built site to index (dist/ or a temporary build folder); the index is written to `<siteDir>/pagefind/`. */
  siteDir: string;
  /** Where progress lines go; silent by default. */
  log?: (line: string) => void;
}

export interface SearchIndexSummary {
  /** HTML files Pagefind read. */
  fileCount: number;
  /** Pages in the index: those whose article carries `data-pagefind-body`. */
  pageCount: number;
  /** Absolute path of the written bundle. */
  outputPath: string;
}

/**
 * Pagefind's ready-made interfaces, its highlight script and the fallback for pages without a
 * language. Our own interface uses only pagefind.js, its worker and the English WebAssembly,
 * so these would be dead weight on the host.
 */
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

/** Pages in a written index, from its entry file (Pagefind's own count includes pages it skipped). */
function indexedPageCount(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Runs Pagefind over a built site through its Node API. Only elements marked
 * `data-pagefind-body` (source and briefing articles) are indexed, so the header, navigation
 * and footer never reach the index. Fails with a cause, naming the folder, when Pagefind
 * reports an error or finds nothing to index.
 */
export async function buildSearchIndex(options: BuildSearchIndexOptions): Promise<SearchIndexSummary> {
  const siteDir = resolve(options.siteDir);
  const log = options.log ?? (() => {});
  if (!existsSync(join(siteDir, 'index.html'))) {
    throw new Error(`Failed to run Pagefind: no built site at ${siteDir} (expected an index.html). Run "astro build" first, or pass the output folder.`);
  }
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('; ') || 'createIndex returned no index');
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
    const pageCount = indexedPageCount(outputPath);
    if (pageCount === 0) throw new Error('no pages were indexed; expected pages whose article carries data-pagefind-body');
    log(`Pagefind read ${added.page_count} HTML files and indexed ${pageCount} pages into ${outputPath}`);
    return { fileCount: added.page_count, pageCount, outputPath };
  } catch (cause) {
    throw new Error(`Failed to run Pagefind over ${siteDir}.`, { cause });
  } finally {
    await pagefind.close();
  }
}
