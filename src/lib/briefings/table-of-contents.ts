/** A heading as Astro's render() reports it. */
export interface BriefingHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  /** Subsections (the next depth down), in order. */
  children: TocEntry[];
}

export interface TableOfContentsOptions {
  /** Fewest sections (headings of the top depth) that earn a table of contents; default 4, "more than three". */
  minSections?: number;
  /** Deepest heading listed; default 3. */
  maxDepth?: number;
}

/**
 * A briefing's table of contents: its top-level sections (the shallowest heading depth
 * present, normally h2) with their subsections nested one level. Empty when the briefing has
 * fewer than `minSections` sections, so short briefings show none.
 */
export function tableOfContents(headings: readonly BriefingHeading[], options: TableOfContentsOptions = {}): TocEntry[] {
  const { minSections = 4, maxDepth = 3 } = options;
  const listed = headings.filter((heading) => heading.depth >= 2 && heading.depth <= maxDepth);
  if (listed.length === 0) return [];
  const top = Math.min(...listed.map((heading) => heading.depth));
  const entries: TocEntry[] = [];
  for (const heading of listed) {
    const entry = { slug: heading.slug, text: heading.text, children: [] };
    if (heading.depth === top) entries.push(entry);
    else entries.at(-1)?.children.push(entry);
  }
  return entries.length >= minSections ? entries : [];
}
