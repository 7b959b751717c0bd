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
}

export interface SourceLibrary {
  /** Every slug, sorted. */
  slugs: string[];
  get(slug: string): LibrarySource | undefined;
}

/** One source as the library is built from it: validated frontmatter and parsed body. */
export interface LibraryInput {
  slug: string;
  facts: CitedSourceFacts;
  blocks: readonly SourceBlock[];
}

/** Builds the citation index of a set of sources. Each passage is normalized here, once. */
export function createSourceLibrary(sources: readonly LibraryInput[]): SourceLibrary {
  const bySlug = new Map<string, LibrarySource>();
  for (const { slug, facts, blocks } of sources) {
    const passages = passagesOf(blocks).map(toMatchablePassage);
    bySlug.set(slug, {
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
    });
  }
  const slugs = [...bySlug.keys()].sort();
  return { slugs, get: (slug) => bySlug.get(slug) };
}
