import { joinBase, routes } from '../lib/routes.ts';
import type { PagefindApi, PagefindOptions } from '../lib/search/pagefind-types.ts';

interface PagefindModule extends PagefindApi {
  /** A second, independent index instance (Pagefind 1.5+). */
  createInstance(options?: PagefindOptions): PagefindApi;
}

const base = import.meta.env.BASE_URL;
const OPTIONS: PagefindOptions = {
  baseUrl: joinBase(base, '/'),
  excerptLength: 24,
  // Type and date are metadata for display; a query word matching them ("source", "2025") says nothing about relevance.
  ranking: { metaWeights: { type: 0, date: 0 } },
};

let loadingModule: Promise<PagefindModule> | undefined;
let loadingResults: Promise<PagefindApi> | undefined;
let loadingCounter: Promise<PagefindApi> | undefined;

/** Forgets a failed load so that the next attempt retries. */
function retryable<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

function loadModule(): Promise<PagefindModule> {
  loadingModule ??= retryable(import(/* @vite-ignore */ joinBase(base, routes.searchIndex())) as Promise<PagefindModule>, () => {
    loadingModule = undefined;
  });
  return loadingModule;
}

/**
 * Pagefind for results, loaded once from the site's own `pagefind/` folder (under the base path
 * when there is one). It searches on the main thread: measured on 5,000 pages that is faster
 * than Pagefind's web worker (no copying of results between threads), and it spares the worker
 * script's 12 KB. On a large index it never loads every filter (see loadFacetCounter).
 */
export function loadPagefind(): Promise<PagefindApi> {
  loadingResults ??= retryable(
    loadModule().then(async (pagefind) => {
      await pagefind.options({ ...OPTIONS, noWorker: true });
      await pagefind.init();
      return pagefind;
    }),
    () => {
      loadingResults = undefined;
    },
  );
  return loadingResults;
}

/** From this many pages on, the search page counts filters in a second instance (see loadFacetCounter). */
const LARGE_INDEX_PAGES = 1000;

async function indexPageCount(): Promise<number> {
  const response = await fetch(joinBase(base, routes.searchIndexEntry()));
  const entry = (await response.json()) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * The Pagefind instance for the search page's filter counts, loaded when the reader first opens
 * a filter. Once a filter is loaded, Pagefind counts each of its values' pages against the
 * results on every search, in time proportional to results × tagged pages: nothing on a small
 * site, up to half a second per search for a common word on 5,000 pages with every filter open. On a large index the counts therefore come from a second instance
 * in Pagefind's web worker, so that they neither delay the results nor block typing; on a small
 * one that second copy of Pagefind (its worker, WebAssembly and metadata: 70 KB and more)
 * would cost more than it saves, and the results instance counts too.
 */
export function loadFacetCounter(): Promise<PagefindApi> {
  loadingCounter ??= retryable(
    indexPageCount().then(async (pages) => {
      if (pages < LARGE_INDEX_PAGES) return loadPagefind();
      const counter = (await loadModule()).createInstance(OPTIONS);
      await counter.init();
      return counter;
    }),
    () => {
      loadingCounter = undefined;
    },
  );
  return loadingCounter;
}
