import { readDate } from '../metadata/read-date.ts';
import type { Derived, DerivedFacts } from '../received.ts';

/** schema.org types whose item describes the article itself, and the kind each implies. */
const ARTICLE_KINDS: Record<string, string> = {
  NewsArticle: 'news report',
  ReportageNewsArticle: 'news report',
  AnalysisNewsArticle: 'news analysis',
  BackgroundNewsArticle: 'news analysis',
  OpinionNewsArticle: 'opinion',
  ReviewNewsArticle: 'review',
  Report: 'report',
  ScholarlyArticle: 'research article',
  BlogPosting: 'blog post',
  LiveBlogPosting: 'live blog',
  TechArticle: 'article',
  Article: 'article',
};

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/gu, ' ').trim() : undefined);
const isUrl = (value: string) => /^https?:\/\//iu.test(value);
const httpUrl = (value: string | undefined | null): string | undefined => {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/** Every JSON-LD item on the page, `@graph`s and arrays flattened. Unparsable blocks are skipped and reported. */
function jsonLdItems(document: Document, notes: string[]): Json[] {
  const items: Json[] = [];
  const visit = (value: unknown) => {
    for (const item of asArray(value)) {
      if (!isObject(item)) continue;
      items.push(item);
      if (item['@graph']) visit(item['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      notes.push('A JSON-LD block on the page is not valid JSON and was not read.');
    }
  }
  return items;
}

function typesOf(item: Json): string[] {
  return asArray(item['@type']).filter((type): type is string => typeof type === 'string').map((type) => type.replace(/^https?:\/\/schema\.org\//u, ''));
}

function names(value: unknown): string[] {
  return asArray(value)
    .map((entry) => (isObject(entry) ? text(entry.name) : text(entry)))
    .filter((name): name is string => name !== undefined && !isUrl(name));
}

function meta(document: Document, key: string): string | undefined {
  const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return text(element?.getAttribute('content'));
}

function metas(document: Document, key: string): string[] {
  return [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)]
    .map((element) => text(element.getAttribute('content')))
    .filter((value): value is string => value !== undefined);
}

/** "en_US" → "en-US", "ar" → "ar"; undefined for what is not a language tag. */
export function languageTag(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const tag = value.trim().replace(/_/gu, '-');
  const match = /^([A-Za-z]{2,3})((?:-[A-Za-z0-9]{1,8})*)$/u.exec(tag);
  if (!match) return undefined;
  const primary = (match[1] ?? '').toLowerCase();
  const rest = (match[2] ?? '').split('-').filter(Boolean).map((part) => (part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part));
  return [primary, ...rest].join('-');
}

function first<T>(...candidates: (Derived<T> | undefined)[]): Derived<T> | undefined {
  return candidates.find((candidate) => candidate !== undefined);
}

const derived = <T>(value: T | undefined, from: string): Derived<T> | undefined => (value === undefined ? undefined : { value, from });

/** The Wayback Machine's address of a capture: the original address inside it. */
const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/(\d{4,14})[a-z_]*\/(https?:\/\/.+)$/u;

/**
 * What a saved web page says about the article it holds, each fact with where it was found:
 * JSON-LD (`NewsArticle`, `Article`, `Report` …), then Open Graph and `article:*`, then
 * Highwire `citation_*`, then `<meta name="author">`, in that order of trust; the address from
 * `<link rel="canonical">` (then JSON-LD, `og:url`, `citation_*`, and the "saved from" comment
 * browsers write); the language from `<html lang>`, then the metadata. A page saved from the
 * Wayback Machine gives the original address as `url` and the capture as `archived`.
 */
export function readPageMetadata(document: Document, html: string): { facts: DerivedFacts; notes: string[] } {
  const notes: string[] = [];
  const items = jsonLdItems(document, notes);
  const article = items.find((item) => typesOf(item).some((type) => type in ARTICLE_KINDS));
  const articleType = article ? typesOf(article).find((type) => type in ARTICLE_KINDS) : undefined;
  const publisherItem = article && isObject(article.publisher) ? article.publisher : undefined;
  const organization = items.find((item) => typesOf(item).some((type) => /Organization$/u.test(type)));

  const title = first(
    derived(text(article?.headline), 'JSON-LD headline'),
    derived(text(article?.name), 'JSON-LD name'),
    derived(meta(document, 'og:title'), 'og:title'),
    derived(meta(document, 'citation_title'), 'citation_title'),
    derived(text(document.querySelector('title')?.textContent), '<title>'),
  );

  const publisher = first(
    derived(publisherItem ? text(publisherItem.name) : undefined, 'JSON-LD publisher'),
    derived(meta(document, 'og:site_name'), 'og:site_name'),
    derived(meta(document, 'citation_publisher'), 'citation_publisher'),
    derived(meta(document, 'citation_journal_title'), 'citation_journal_title'),
    derived(organization ? text(organization.name) : undefined, 'JSON-LD Organization'),
  );

  // "Headline | Site": a <title> carries the site's name, which is not part of the headline.
  if (title?.from === '<title>' && publisher) {
    const suffix = new RegExp(`\\s+[|\\-–—:·]\\s+${publisher.value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s*$`, 'iu');
    title.value = title.value.replace(suffix, '');
  }

  const jsonAuthors = article ? names(article.author ?? article.creator) : [];
  const ogAuthors = metas(document, 'article:author').filter((name) => !isUrl(name));
  const authors = first(
    derived(jsonAuthors.length > 0 ? jsonAuthors : undefined, 'JSON-LD author'),
    derived(ogAuthors.length > 0 ? ogAuthors : undefined, 'article:author'),
    derived(metas(document, 'citation_author').length > 0 ? metas(document, 'citation_author') : undefined, 'citation_author'),
    derived(meta(document, 'author') && !isUrl(meta(document, 'author')!) ? [meta(document, 'author')!] : undefined, '<meta name="author">'),
  );
  // An organization credited as the author is the publisher, not a named author.
  if (authors && publisher) authors.value = authors.value.filter((name) => name.toLowerCase() !== publisher.value.toLowerCase());

  const dateOf = (value: string | undefined, from: string) => derived(value ? readDate(value) : undefined, from);
  const published = first(
    dateOf(text(article?.datePublished), 'JSON-LD datePublished'),
    dateOf(meta(document, 'article:published_time'), 'article:published_time'),
    dateOf(meta(document, 'citation_publication_date'), 'citation_publication_date'),
    dateOf(meta(document, 'citation_date'), 'citation_date'),
    dateOf(meta(document, 'citation_online_date'), 'citation_online_date'),
  );

  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/u.exec(html.slice(0, 4096))?.[1];
  const mainEntity = article?.mainEntityOfPage;
  let url = first(
    derived(httpUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href')), '<link rel="canonical">'),
    derived(httpUrl(text(article?.url)), 'JSON-LD url'),
    derived(httpUrl(isObject(mainEntity) ? text(mainEntity['@id']) : text(mainEntity)), 'JSON-LD mainEntityOfPage'),
    derived(httpUrl(meta(document, 'og:url')), 'og:url'),
    derived(httpUrl(meta(document, 'citation_public_url') ?? meta(document, 'citation_abstract_html_url') ?? meta(document, 'citation_fulltext_html_url')), 'citation_public_url'),
    derived(httpUrl(savedFrom), 'the "saved from" comment'),
  );
  let archived: Derived<string> | undefined;
  const wayback = url ? WAYBACK.exec(url.value) : null;
  if (url && wayback) {
    archived = { value: url.value, from: `${url.from} (a Wayback Machine capture)` };
    url = derived(httpUrl(wayback[2]), `${url.from} (the captured page's address)`);
  }

  const language = first(
    derived(languageTag(document.documentElement?.getAttribute('lang') ?? undefined), '<html lang>'),
    derived(languageTag(text(article?.inLanguage) ?? (isObject(article?.inLanguage) ? text((article.inLanguage as Json).alternateName) : undefined)), 'JSON-LD inLanguage'),
    derived(languageTag(meta(document, 'og:locale')), 'og:locale'),
    derived(languageTag(meta(document, 'citation_language')), 'citation_language'),
  );

  const keywords = article ? asArray(article.keywords).flatMap((value) => (typeof value === 'string' ? value.split(',') : [])).map((value) => value.trim()).filter(Boolean) : [];
  const topics = first(
    derived(keywords.length > 0 ? keywords : undefined, 'JSON-LD keywords'),
    derived(metas(document, 'article:tag').length > 0 ? metas(document, 'article:tag') : undefined, 'article:tag'),
  );

  const kind = first(
    derived(articleType ? ARTICLE_KINDS[articleType] : undefined, `JSON-LD @type ${articleType}`),
    derived(meta(document, 'og:type') === 'article' ? 'article' : undefined, 'og:type'),
  );

  const facts: DerivedFacts = {};
  if (title) facts.title = title;
  if (publisher) facts.publisher = publisher;
  if (authors) facts.authors = authors;
  if (published) facts.published = published;
  if (url) facts.url = url;
  if (archived) facts.archived = archived;
  if (language) facts.language = language;
  if (kind) facts.kind = kind;
  if (topics) facts.topics = topics;
  return { facts, notes };
}
