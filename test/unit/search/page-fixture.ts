import type { PagefindAnchor, PagefindResultData, PagefindSubResult } from '../../../src/lib/search/pagefind-types.ts';

export interface Block {
  text: string;
  /** Blocks with an id become anchors, as elements with ids do in Pagefind's index. */
  id?: string;
  element?: string;
  /** What Pagefind calls the section it starts (`data-pagefind-title`, a glossary entry's term); default its text. */
  title?: string;
}

/**
 * A page as Pagefind describes it: the words of its blocks in order, anchors at the position of
 * each block with an id, and helpers to find word positions, so tests state hits by word.
 */
export function fakePage(blocks: readonly Block[]) {
  const words: string[] = [];
  const anchors: PagefindAnchor[] = [];
  const titles = new Map<string, string>();
  for (const block of blocks) {
    if (block.id) anchors.push({ element: block.element ?? 'p', id: block.id, text: block.text, location: words.length });
    if (block.id && block.title) titles.set(block.id, block.title);
    words.push(...block.text.split(' '));
  }
  const content = words.join(' ');
  /** Positions of every word equal to one of `targets`, ignoring case and punctuation at either end. */
  const key = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const hitsOf = (...targets: string[]) => words.flatMap((word, index) => (targets.some((target) => key(word) === key(target)) ? [index] : []));
  return { words, anchors, titles, content, hitsOf };
}

/** Pagefind's split into sections: one per heading with hits, plus the part before the first heading. */
export function subResultsFor(url: string, title: string, anchors: readonly PagefindAnchor[], locations: readonly number[], titles: ReadonlyMap<string, string> = new Map()): PagefindSubResult[] {
  const headings = anchors.filter((anchor) => /^h\d$/u.test(anchor.element));
  const sections = new Map<string, PagefindSubResult>();
  for (const location of locations) {
    const heading = headings.filter((candidate) => candidate.location <= location).at(-1);
    const key = heading?.id ?? '';
    let section = sections.get(key);
    if (!section) {
      section = heading
        ? { title: titles.get(heading.id) ?? heading.text ?? '', url: `${url}#${heading.id}`, locations: [], excerpt: `in <mark>${heading.id}</mark>`, anchor: heading }
        : { title, url, locations: [], excerpt: 'opening <mark>hit</mark>' };
      sections.set(key, section);
    }
    section.locations.push(location);
  }
  return [...sections.values()];
}

export function fakeResultData(options: {
  url: string;
  title: string;
  blocks: readonly Block[];
  hits: (page: ReturnType<typeof fakePage>) => number[];
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}): PagefindResultData {
  const page = fakePage(options.blocks);
  const locations = options.hits(page);
  return {
    url: options.url,
    content: page.content,
    excerpt: 'the <mark>excerpt</mark> &lt;here&gt;',
    locations,
    meta: { title: options.title, ...options.meta },
    filters: options.filters ?? {},
    anchors: page.anchors,
    sub_results: subResultsFor(options.url, options.title, page.anchors, locations, page.titles),
    word_count: page.words.length,
  };
}
