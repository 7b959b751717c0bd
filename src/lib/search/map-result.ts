import { formatPartialDate, isoPartialDate, isPartialDate, parsePartialDate } from '../dates/partial-date.ts';
import { excerptSegments, type ExcerptSegment } from './excerpt-segments.ts';
import { matchingPassage } from './matching-passage.ts';
import type { PagefindResultData, PagefindSubResult } from './pagefind-types.ts';
import { documentTypeLabel } from './search-labels.ts';

/** A matching section of a result: a heading, or the opening before the first heading. */
export interface SearchHitSection {
  title: string;
  /** Lands on the section's first matching paragraph when it has one, otherwise on the heading. */
  url: string;
  excerpt: ExcerptSegment[];
}

/** A search result, ready to render. */
export interface SearchHit {
  /**
   * Where the result's link goes: a source's best-matching paragraph (`…/#p-5`); otherwise where
   * the first hits are: the page, or the first matching heading or glossary entry.
   */
  url: string;
  pageUrl: string;
  title: string;
  /** `source`, `briefing`, or whatever type a future page declares. */
  type: string;
  typeLabel: string;
  publisher?: string;
  date?: { iso: string; label: string };
  excerpt: ExcerptSegment[];
  /** Matching sections, in page order; empty unless hits fall in two or more sections, one of them under a heading. */
  sections: SearchHitSection[];
}

export interface MapResultOptions {
  /** At most this many sections per result. */
  maxSections?: number;
  /** What the reader searched for: a section titled with those words (a glossary entry) is where the result opens. */
  query?: string | null | undefined;
}

/** Title of the part of a page before its first heading. */
export const OPENING_SECTION_TITLE = 'Opening';

function withFragment(url: string, id: string): string {
  return `${url.replace(/#.*$/u, '')}#${id}`;
}

function dateOf(value: string | undefined): SearchHit['date'] {
  if (!value) return undefined;
  const parsed = parsePartialDate(value);
  return isPartialDate(parsed) ? { iso: isoPartialDate(parsed), label: formatPartialDate(parsed) } : undefined;
}

function sectionOf(data: PagefindResultData, sub: PagefindSubResult): SearchHitSection {
  const passage = matchingPassage(data.anchors, sub.locations, data.content);
  return {
    title: sub.anchor ? sub.title : OPENING_SECTION_TITLE,
    url: passage ? withFragment(data.url, passage) : sub.url,
    excerpt: excerptSegments(sub.excerpt, { content: data.content, locations: sub.locations }),
  };
}

/** Words of a text for comparing titles with a query: lower case, without quotes or punctuation at either end. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * The section a query names: one whose title is the query, else one whose title holds every
 * word of it ("Wadi Hauran" names the glossary's entry Wadi Hauran, not Badia, which mentions it).
 */
function namedSection(sections: readonly PagefindSubResult[], query: string | null | undefined): PagefindSubResult | undefined {
  const wanted = wordsOf(query ?? '');
  if (wanted.length === 0) return undefined;
  const titled = sections.filter((sub) => sub.anchor !== undefined);
  const exact = titled.find((sub) => wordsOf(sub.title).join(' ') === wanted.join(' '));
  return exact ?? titled.find((sub) => wanted.every((word) => wordsOf(sub.title).includes(word)));
}

/** Turns Pagefind's data for one result into what the interface shows. */
export function mapSearchResult(data: PagefindResultData, options: MapResultOptions = {}): SearchHit {
  const maxSections = options.maxSections ?? 8;
  const type = data.filters.type?.[0] ?? data.meta.type ?? 'page';
  const passage = matchingPassage(data.anchors, data.locations, data.content);
  // One matching section would only repeat the result's own excerpt.
  const showSections = data.sub_results.length > 1 && data.sub_results.some((sub) => sub.anchor !== undefined);
  const hit: SearchHit = {
    url: passage ? withFragment(data.url, passage) : ((namedSection(data.sub_results, options.query) ?? data.sub_results[0])?.url ?? data.url),
    pageUrl: data.url,
    title: data.meta.title ?? data.url,
    type,
    typeLabel: documentTypeLabel(type),
    excerpt: excerptSegments(data.excerpt, { content: data.content, locations: data.locations }),
    sections: showSections ? data.sub_results.slice(0, maxSections).map((sub) => sectionOf(data, sub)) : [],
  };
  if (data.meta.publisher) hit.publisher = data.meta.publisher;
  const date = dateOf(data.meta.date);
  if (date) hit.date = date;
  return hit;
}
