/** A cited source, as schema.org describes it. */
export interface CitedWork {
  title: string;
  publisher: string;
  authors: readonly string[];
  /** "2024-03-31", "2025-09" or "2025": ISO 8601 at the precision known. */
  published: string;
  /** The original's address, when known. */
  url: string | null;
  /** Our page holding the text, absolute. */
  sourcePage: string;
}

export interface BriefingJsonLdInput {
  url: string;
  headline: string;
  description: string;
  image: string;
  published: Date;
  modified?: Date | undefined;
  /** Corrections, as schema.org `correction` (CorrectionComment): the day and what was corrected. */
  corrections?: readonly { id: string; date: Date; wrong: string; nowHtml: string }[];
  authors: readonly string[];
  keywords: readonly string[];
  language: string;
  siteName: string;
  siteUrl: string;
  citations: readonly CitedWork[];
}

/**
 * schema.org `NewsArticle` for a briefing, with every source it cites as a `citation`
 * (the original article where its address is known, and our copy of the text as `sameAs`).
 */
export function briefingJsonLd(input: BriefingJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline,
    description: input.description,
    image: [input.image],
    datePublished: input.published.toISOString(),
    dateModified: (input.modified ?? input.published).toISOString(),
    ...(input.corrections && input.corrections.length > 0
      ? {
          correction: input.corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            url: `${input.url}#${correction.id}`,
            datePublished: correction.date.toISOString(),
            text: `${correction.wrong} ${plainText(correction.nowHtml)}`,
          })),
        }
      : {}),
    inLanguage: input.language,
    keywords: [...input.keywords],
    author: input.authors.map((name) => ({ '@type': 'Organization', name })),
    publisher: { '@type': 'Organization', name: input.siteName, url: input.siteUrl },
    citation: input.citations.map((work) => ({
      '@type': 'CreativeWork',
      name: work.title,
      ...(work.authors.length > 0 ? { author: work.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
      publisher: { '@type': 'Organization', name: work.publisher },
      datePublished: work.published,
      ...(work.url ? { url: work.url, sameAs: work.sourcePage } : { url: work.sourcePage }),
    })),
  };
}

/** The text of a small HTML fragment (a rendered sentence with citation links), for JSON-LD. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/gu, '')
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** `WebSite` for the home page. */
export function websiteJsonLd(input: { name: string; url: string; description: string; language: string }): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name: input.name, url: input.url, description: input.description, inLanguage: input.language };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` escaped as
 * `\u003c` etc., so a title containing `</script>` cannot end the element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}
