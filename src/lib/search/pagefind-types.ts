/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by the build) that we use.
 * Pagefind's npm package types only the Node indexing API, so the browser side is described here.
 */
export interface PagefindAnchor {
  /** Tag name: `p`, `h2` … */
  element: string;
  id: string;
  /** The element's text. */
  text?: string;
  /** Word position of the element's start in `content`. */
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  /** Word positions of the hits in this section. */
  locations: number[];
  excerpt: string;
  /** Absent for the part of the page before the first heading with an id. */
  anchor?: PagefindAnchor;
}

/** What `result.data()` resolves to. */
export interface PagefindResultData {
  /** The page URL, with the configured base URL in front. */
  url: string;
  /** The indexed text; split on whitespace, `locations` index into it. */
  content: string;
  /** Up to `excerptLength` words around the best hits, HTML-escaped, hits in `<mark>`. */
  excerpt: string;
  /** Word positions of every hit on the page. */
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
  word_count: number;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** Counts per filter value: `{ type: { source: 5, briefing: 1 } }`. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Results each value would leave if it were added to the current filters. */
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
}

/** A filter expression: a value, a list (all of), or `{ any: [...] }` and friends. */
export type PagefindFilterExpression = string | string[] | { any: string[] } | { all: string[] } | { none: string[] };

export interface PagefindSearchOptions {
  filters?: Record<string, PagefindFilterExpression>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindOptions {
  /** Where the index files are, when not beside pagefind.js's own URL. */
  basePath?: string;
  baseUrl?: string;
  excerptLength?: number;
  ranking?: { metaWeights?: Record<string, number> };
  /** Search on the main thread instead of in Pagefind's web worker (and never fetch the worker script). */
  noWorker?: boolean;
}

export interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** `null` as the term browses by filters alone. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  filters(): Promise<PagefindFilterCounts>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}
