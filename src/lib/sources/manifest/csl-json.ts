import { isoPartialDate, isPartialDate, parsePartialDate } from '../../dates/partial-date.ts';
import { languageTag } from '../html/page-metadata.ts';
import { readDate } from '../metadata/read-date.ts';

/** A CSL-JSON item, as reference managers (Zotero, Mendeley, citation.js) export it: only the variables we read. */
export interface CslItem {
  id?: string | number;
  type?: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts'?: (number | string)[][]; raw?: string; literal?: string };
  accessed?: { 'date-parts'?: (number | string)[][]; raw?: string };
  URL?: string;
  publisher?: string;
  'container-title'?: string;
  language?: string;
  keyword?: string;
  note?: string;
  /** Not CSL: the received file's name, which a CSL export cannot know; accepted so an item can name its file. */
  file?: string;
  [variable: string]: unknown;
}

/** Whether parsed JSON is CSL-JSON (an item, or a list of items) rather than our manifest. */
export function isCslJson(json: unknown): json is CslItem | CslItem[] {
  const items = Array.isArray(json) ? json : [json];
  return items.length > 0 && items.every((item) => typeof item === 'object' && item !== null && !('sources' in item) && 'type' in item && ('id' in item || 'title' in item));
}

/** CSL item types and the kind of article each is, in our words. */
const KINDS: Record<string, string> = {
  'article-newspaper': 'news report',
  'article-magazine': 'magazine article',
  'article-journal': 'journal article',
  article: 'article',
  report: 'report',
  webpage: 'web page',
  'post-weblog': 'blog post',
  post: 'post',
  speech: 'speech',
  interview: 'interview',
  broadcast: 'broadcast',
  book: 'book',
  chapter: 'book chapter',
  'paper-conference': 'conference paper',
  thesis: 'thesis',
  document: 'document',
};

/** Types whose `container-title` is the publication readers know (a newspaper, a magazine, a website). */
const CONTAINER_IS_PUBLISHER = new Set(['article-newspaper', 'article-magazine', 'webpage', 'post-weblog', 'post']);

function dateFrom(value: CslItem['issued']): { date: string; precision: 'day' | 'month' | 'year' } | undefined {
  if (!value) return undefined;
  const parts = value['date-parts']?.[0];
  if (parts && parts.length > 0) {
    const [year, month, day] = parts.map((part) => Number(part));
    const text = [String(year).padStart(4, '0'), month && String(month).padStart(2, '0'), day && String(day).padStart(2, '0')].filter(Boolean).join('-');
    const parsed = parsePartialDate(text);
    return isPartialDate(parsed) ? { date: isoPartialDate(parsed), precision: parsed.precision } : undefined;
  }
  const text = value.raw ?? ('literal' in value ? value.literal : undefined);
  return text ? readDate(text) : undefined;
}

/** What a CSL-JSON item gives: manifest fields (in our names) and what identifies its file. */
export interface MappedCslItem {
  fields: Record<string, unknown>;
  /** The item's `id`, a slug when it is one. */
  id?: string;
  file?: string;
}

/**
 * Maps a CSL-JSON item to our manifest fields: `id` → slug (when it is a slug), `title`,
 * `author` (given and family names, or a literal), `issued` → `published` at its precision,
 * `URL`, `publisher` (or, for newspaper, magazine and web articles, `container-title`: the
 * publication readers know), `type` → `kind`, `language`, `keyword` → `topics`, `note` →
 * `notes`, `accessed` → `retrieved`. Variables we have no field for are ignored.
 */
export function mapCslItem(item: CslItem): MappedCslItem {
  const fields: Record<string, unknown> = {};
  const id = item.id === undefined ? undefined : String(item.id);
  if (id && /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(id)) fields.slug = id;
  if (typeof item.title === 'string') fields.title = item.title;
  if (Array.isArray(item.author)) {
    fields.authors = item.author
      .map((author) => author.literal ?? [author.given, author.family].filter(Boolean).join(' '))
      .map((name) => name.trim())
      .filter((name) => name !== '');
  }
  const issued = dateFrom(item.issued);
  if (issued) {
    fields.published = issued.date;
    fields.datePrecision = issued.precision;
  }
  const accessed = dateFrom(item.accessed);
  if (accessed?.precision === 'day') fields.retrieved = accessed.date;
  if (typeof item.URL === 'string') fields.url = item.URL;
  const type = typeof item.type === 'string' ? item.type : undefined;
  const container = typeof item['container-title'] === 'string' ? item['container-title'] : undefined;
  const publisher = typeof item.publisher === 'string' ? item.publisher : undefined;
  const publication = type && CONTAINER_IS_PUBLISHER.has(type) ? (container ?? publisher) : (publisher ?? container);
  if (publication) fields.publisher = publication;
  if (type) fields.kind = KINDS[type] ?? type.replace(/[-_]/gu, ' ');
  const language = languageTag(typeof item.language === 'string' ? item.language : undefined);
  if (language) fields.language = language;
  if (typeof item.keyword === 'string') fields.topics = item.keyword.split(/[,;]/u).map((word) => word.trim()).filter(Boolean);
  if (typeof item.note === 'string') fields.notes = item.note;
  return { fields, ...(id ? { id } : {}), ...(typeof item.file === 'string' ? { file: item.file } : {}) };
}
