import { routes } from '../routes.ts';
import { passagesOf } from '../sources/passages.ts';
import type { SourceBlock } from '../sources/types.ts';
import { citationLabel } from '../sources/citation-label.ts';
import { toMatchablePassage, type MatchablePassage } from './match-quotation.ts';

/** The bibliographic facts a citation shows (a subset of a source's frontmatter). */
export interface CitedSourceFacts {
  /** Short name in citation markers; see citationLabel. */
  citeAs?: string;
  title: string;
  publisher: string;
  authors: string[];
  published: string;
  datePrecision: 'day' | 'month' | 'year';
  url: string | null;
  rights: 'full-text' | 'excerpts';
}

/** A source indexed for citation: its passages normalized once, paragraphs addressable by number. */
export interface LibrarySource extends CitedSourceFacts {
  slug: string;
  /** The marker readers see for this source on every page: "Shafaq", "NYT". */
  label: string;
  /** Every addressable passage: paragraphs, author bios, endnotes. */
  passages: MatchablePassage[];
  /** Body paragraphs only; paragraph N is `paragraphs[N - 1]`. */
  paragraphs: MatchablePassage[];
  /** Which text of the source this is: 1 for the first ingested, counting up; the current text has the highest number. */
  version: number;
  /** Whether this is the current text, the one the source page shows and unpinned citations cite. */
  current: boolean;
  /** Site-absolute path of the page that shows this text: `/sources/<slug>/`, or `/sources/<slug>/v/<n>/` for a kept version. */
  page: string;
  /**
   * On the current text only: the version that unpinned citations of this source were written
   * against, when it is not this one (set by `npm run ingest` when it keeps the previous text,
   * removed by `npm run fix-locators`). The citation library re-anchors them from it.
   */
  reanchorFrom?: number;
}

export interface SourceLibrary {
  /** Every slug, sorted. */
  slugs: string[];
  /**
   * A source's current text; with `version`, that version of its text (the current one or a
   * kept one), or undefined when the source has no such version. A citation pinned with
   * `[@slug@v1, ¶4]` is resolved with `get(slug, 1)`.
   */
  get(slug: string, version?: number): LibrarySource | undefined;
  /** The version numbers a source has, oldest first (the last is the current text); empty for an unknown slug. */
  versions(slug: string): number[];
}

/** A text of a source as the library is built from it: validated frontmatter and parsed body. */
export interface LibraryText {
  facts: CitedSourceFacts;
  blocks: readonly SourceBlock[];
}

/** One source as the library is built from it: its current text, and the versions kept before it. */
export interface LibraryInput extends LibraryText {
  slug: string;
  /** Versions 1, 2 … kept from earlier ingests, oldest first; the current text is the next number. Default none. */
  previous?: readonly LibraryText[];
  /** See LibrarySource.reanchorFrom. */
  reanchorFrom?: number;
}

function indexText(slug: string, { facts, blocks }: LibraryText, version: number, current: boolean): LibrarySource {
  const passages = passagesOf(blocks).map(toMatchablePassage);
  return {
    slug,
    ...(facts.citeAs !== undefined ? { citeAs: facts.citeAs } : {}),
    title: facts.title,
    publisher: facts.publisher,
    authors: facts.authors,
    published: facts.published,
    datePrecision: facts.datePrecision,
    url: facts.url,
    rights: facts.rights,
    label: citationLabel(facts),
    passages,
    paragraphs: passages.filter((passage) => passage.paragraph !== undefined),
    version,
    current,
    page: current ? routes.source(slug) : routes.sourceVersion(slug, version),
  };
}

/**
 * Builds the citation index of a set of sources, every version of each. Passages are
 * normalized once, when a version is first asked for (most citations cite the current text).
 */
export function createSourceLibrary(sources: readonly LibraryInput[]): SourceLibrary {
  const bySlug = new Map<string, { input: LibraryInput; texts: (LibrarySource | undefined)[] }>();
  for (const input of sources) bySlug.set(input.slug, { input, texts: [] });
  const text = (slug: string, version: number): LibrarySource | undefined => {
    const entry = bySlug.get(slug);
    if (!entry) return undefined;
    const previous = entry.input.previous ?? [];
    const currentVersion = previous.length + 1;
    if (!Number.isInteger(version) || version < 1 || version > currentVersion) return undefined;
    let indexed = entry.texts[version];
    if (!indexed) {
      const current = version === currentVersion;
      indexed = indexText(slug, current ? entry.input : previous[version - 1]!, version, current);
      if (current && entry.input.reanchorFrom !== undefined) indexed.reanchorFrom = entry.input.reanchorFrom;
      entry.texts[version] = indexed;
    }
    return indexed;
  };
  const slugs = [...bySlug.keys()].sort();
  return {
    slugs,
    get: (slug, version) => text(slug, version ?? (bySlug.get(slug)?.input.previous?.length ?? 0) + 1),
    versions: (slug) => {
      const entry = bySlug.get(slug);
      return entry ? Array.from({ length: (entry.input.previous?.length ?? 0) + 1 }, (_, i) => i + 1) : [];
    },
  };
}
