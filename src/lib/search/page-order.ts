/**
 * Pages in a compacted search index are numbered in date order (build-search-index.ts hands
 * them to Pagefind oldest first) and each page's fragment is named after its number
 * (compact-search-index.ts), so a result's id says where it stands in time. Sorting by it gives
 * exactly the order Pagefind's own `date` sort gave, whose list of page numbers was then the
 * identity (0, 1, 2, …) and cost every first query 10 KB gzip at 5,000 pages; the index no
 * longer carries that list.
 */

/** Hex digits of the metadata's digest in every fragment name, so one build's names never meet another's metadata. */
export const FRAGMENT_TAG_LENGTH = 4;

const FRAGMENT_NAME = new RegExp(`^[a-z0-9-]+_[0-9a-f]{${FRAGMENT_TAG_LENGTH}}([0-9a-f]+)$`, 'u');

/** The name of page `page`'s fragment in `language`'s index: `en_1c3f2a` is page 42 under tag 1c3f. */
export function fragmentName(language: string, tag: string, page: number): string {
  if (tag.length !== FRAGMENT_TAG_LENGTH) throw new Error(`fragment tag "${tag}" is not ${FRAGMENT_TAG_LENGTH} characters`);
  return `${language}_${tag}${page.toString(16)}`;
}

/** The page number a fragment name (a Pagefind result's id) carries. */
export function pageNumberOf(name: string): number {
  const match = FRAGMENT_NAME.exec(name);
  if (!match) throw new Error(`"${name}" is not a compacted fragment name (language_tag + page number in hex)`);
  return Number.parseInt(match[1]!, 16);
}

/** Results by date, oldest first (`asc`) or newest first (`desc`), from the page numbers their ids carry. */
export function sortByDate<T extends { id: string }>(results: readonly T[], direction: 'asc' | 'desc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return results
    .map((result) => ({ result, page: pageNumberOf(result.id) }))
    .sort((a, b) => sign * (a.page - b.page))
    .map(({ result }) => result);
}
