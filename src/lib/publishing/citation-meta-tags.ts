import type { PartialDate } from '../dates/partial-date.ts';

/** A `<meta name=… content=…>` element of the Highwire Press vocabulary. */
export interface CitationMetaTag {
  name: `citation_${string}`;
  content: string;
}

export interface CitationMetaInput {
  title: string;
  /** Each credited author, in byline order; a collective credit ("Shafaq News staff") as written. */
  authors: readonly string[];
  /** Publication date at its precision. */
  published: PartialDate;
  publisher: string;
  /** The work's public address: the original article for a source, the page itself for a briefing. */
  publicUrl?: string | null | undefined;
  /** Where the full text can be read as HTML, when that is not `publicUrl` (a source reproduced in full on our page). */
  fulltextHtmlUrl?: string | undefined;
  /** BCP 47 language tag. */
  language?: string | undefined;
}

/** `2025/09/14`, `2025/09` or `2025`: Google Scholar's form, never a made-up day or month. */
export function citationDate(date: PartialDate): string {
  const parts = [String(date.year)];
  if (date.precision !== 'year' && date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
  if (date.precision === 'day' && date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('/');
}

/**
 * The `citation_*` meta tags reference managers (Zotero, Mendeley) and Google Scholar read
 * to save a page as a reference: title, one `citation_author` per author, the date at its
 * precision, the publisher and the addresses of the work.
 */
export function citationMetaTags(input: CitationMetaInput): CitationMetaTag[] {
  const tags: CitationMetaTag[] = [{ name: 'citation_title', content: input.title }];
  for (const author of input.authors) tags.push({ name: 'citation_author', content: author });
  tags.push({ name: 'citation_publication_date', content: citationDate(input.published) }, { name: 'citation_publisher', content: input.publisher });
  if (input.publicUrl) tags.push({ name: 'citation_public_url', content: input.publicUrl });
  if (input.fulltextHtmlUrl) tags.push({ name: 'citation_fulltext_html_url', content: input.fulltextHtmlUrl });
  if (input.language) tags.push({ name: 'citation_language', content: input.language });
  return tags;
}
