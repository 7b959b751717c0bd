/**
 * CSL-JSON (the Citation Style Language's data format, schema 1.0.2), the format reference
 * managers (Zotero, Mendeley, Pandoc's citeproc) read and export. One mapping, both ways:
 * our source facts to a CSL-JSON item (source pages, the bibliography, BibTeX and formatted
 * references are made from it: `sourceToCsl`) and a reference manager's item back to manifest
 * fields for `npm run ingest` (`mapCslItem`, read by src/lib/sources/manifest/read-manifest.ts).
 * A build test validates every source's item against the schema and maps it back to the facts
 * it came from.
 */
import { isoPartialDate, isPartialDate, parsePartialDate, partialDateOfDay, type PartialDate } from '../dates/partial-date.ts';
import { languageTag } from './html/page-metadata.ts';
import { readDate } from './metadata/read-date.ts';

/** A name in CSL-JSON: a person split into parts, or a literal (an organization, a name we cannot split safely). */
export interface CslName {
  family?: string;
  given?: string;
  'dropping-particle'?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  'comma-suffix'?: string | number | boolean;
  literal?: string;
}

/** A date in CSL-JSON: `date-parts` at its precision (`[[2025, 9]]` is September 2025, no day); exports may give an EDTF string or `raw` instead. */
export interface CslDate {
  'date-parts'?: (string | number)[][];
  season?: string | number;
  circa?: string | number | boolean;
  literal?: string;
  raw?: string;
}

/** The fields of a CSL-JSON item this site writes or reads; an export's other fields are kept out of our facts. */
export interface CslItem {
  id: string | number;
  type: string;
  'citation-key'?: string;
  /** The short name our citation markers show ("Shafaq"): CSL's label for in-text citations. */
  'citation-label'?: string;
  title?: string;
  author?: CslName[];
  issued?: CslDate | string;
  accessed?: CslDate;
  publisher?: string;
  /** The newspaper, magazine or site the article appeared in. */
  'container-title'?: string;
  URL?: string;
  /** Our `kind`, in the publisher's or our words ("news analysis"). */
  genre?: string;
  language?: string;
  keyword?: string;
  /** Our facts CSL has no field for. */
  custom?: { [key: string]: unknown };
  [field: string]: unknown;
}

/** The facts of a source this mapping carries (the frontmatter of `content/sources/<slug>.md` less its ingest record). */
export interface SourceFacts {
  title: string;
  citeAs?: string | undefined;
  publisher: string;
  authors: readonly string[];
  published: string;
  datePrecision: 'day' | 'month' | 'year';
  url: string | null;
  /** The day the text was retrieved (YYYY-MM-DD): CSL's `accessed`. */
  retrieved?: string | undefined;
  /** An archived copy's address: no CSL variable, so `custom.archived`. */
  archived?: string | undefined;
  kind: string;
  language: string;
  regions: readonly string[];
  topics: readonly string[];
  rights: 'full-text' | 'excerpts';
  notes: string;
}

/**
 * Our `kind` is free text in the editors' words; CSL has a closed list of types. The first
 * rule whose words appear in the kind decides; the kind itself travels as `genre`, so
 * nothing is lost. Order matters: "news analysis" is a newspaper article, "policy analysis" a report.
 */
const TYPE_BY_KIND: readonly [RegExp, string][] = [
  [/\bjournal\b|\bpeer[- ]reviewed\b/iu, 'article-journal'],
  [/\bmagazine\b/iu, 'article-magazine'],
  [/\bblog\b/iu, 'post-weblog'],
  [/\bpolicy\b|\bthink[- ]tank\b/iu, 'report'],
  [/\bnews\b|\bwire\b|\bopinion\b|\bop-ed\b|\beditorial\b|\bcommentary\b|\bcolumn\b|\bessay\b|\bfeature\b/iu, 'article-newspaper'],
  [/\breport\b|\bbrief\b|\bpaper\b|\bstudy\b/iu, 'report'],
  [/\bbook\b/iu, 'book'],
  [/\bchapter\b/iu, 'chapter'],
  [/\bspeech\b|\bremarks\b|\btranscript\b/iu, 'speech'],
  [/\binterview\b/iu, 'interview'],
  [/\bweb ?page\b|\bwebsite\b/iu, 'webpage'],
];

/** Types whose publisher is also the publication the item appeared in (`container-title`). */
const PUBLISHED_IN = new Set(['article-newspaper', 'article-magazine', 'post-weblog', 'webpage']);

/** The CSL type for one of our kinds: `"news analysis"` → `article-newspaper`; anything unrecognised is an `article`. */
export function cslType(kind: string): string {
  return TYPE_BY_KIND.find(([pattern]) => pattern.test(kind))?.[1] ?? 'article';
}

/** A date at its precision as CSL date-parts: September 2025 is `[[2025, 9]]`, never a made-up day. */
export function cslDate(date: PartialDate): CslDate {
  const parts = date.precision === 'year' ? [date.year] : date.precision === 'month' ? [date.year, date.month ?? 1] : [date.year, date.month ?? 1, date.day ?? 1];
  return { 'date-parts': [parts] };
}

/** Words that mark a name as an organization or a collective credit ("Shafaq News staff"), never split into given and family. */
const COLLECTIVE = /\b(?:staff|desk|team|editors?|editorial|board|reporters?|correspondents?|agency|bureau|press|news|service|wire|office|institute|group|council|foundation|centre|center|ministry)\b/iu;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
const INITIAL = /^(?:\p{Lu}\.)+$/u;

/**
 * A credited author as a CSL name. Split into `given` and `family` only where the split is
 * unambiguous: a given name, optional initials and one family name ("Christopher P. Costa",
 * "Félix Arteaga"). Everything else stays `{ literal }`: organizations and collective credits,
 * names with particles ("al-", "van"), three full words (García Márquez keeps both surnames),
 * names in scripts without capitals. A literal name is never wrong, a wrong split is.
 */
export function cslName(name: string): CslName {
  const words = name.trim().split(/\s+/u);
  const given = words[0] ?? '';
  const family = words[words.length - 1] ?? '';
  const middle = words.slice(1, -1);
  const splittable =
    words.length >= 2 && words.length <= 4 && !COLLECTIVE.test(name) && NAME_WORD.test(given) && NAME_WORD.test(family) && middle.every((word) => INITIAL.test(word));
  return splittable ? { family, given: [given, ...middle].join(' ') } : { literal: name.trim() };
}

/** A CSL name as the one string our facts keep: "Christopher P. Costa", "Ludwig van Beethoven", "Martin Luther King, Jr.". */
export function nameFromCsl(name: CslName): string {
  if (name.literal) return name.literal.trim();
  const core = [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family].filter((part) => part && part.trim() !== '').join(' ');
  if (!name.suffix) return core;
  return `${core}${name['comma-suffix'] ? ', ' : ' '}${name.suffix}`;
}

/** Our facts about a source as one CSL-JSON item, identified by the source's slug. */
export function sourceToCsl(slug: string, facts: SourceFacts, options: { file?: string } = {}): CslItem {
  const parsed = parsePartialDate(facts.published);
  if (!isPartialDate(parsed)) throw new Error(`${slug}: ${parsed.error}`);
  const type = cslType(facts.kind);
  const custom: Record<string, unknown> = {
    ...(options.file ? { file: options.file } : {}),
    regions: [...facts.regions],
    topics: [...facts.topics],
    rights: facts.rights,
    // Our notes on the text as received, kept out of CSL's `note`, which styles print in a reference.
    ...(facts.notes ? { notes: facts.notes } : {}),
    ...(facts.archived ? { archived: facts.archived } : {}),
  };
  const retrieved = facts.retrieved ? parsePartialDate(facts.retrieved) : undefined;
  return {
    id: slug,
    'citation-key': slug,
    type,
    title: facts.title,
    ...(facts.authors.length > 0 ? { author: facts.authors.map(cslName) } : {}),
    issued: cslDate(parsed),
    publisher: facts.publisher,
    ...(PUBLISHED_IN.has(type) ? { 'container-title': facts.publisher } : {}),
    ...(facts.url ? { URL: facts.url } : {}),
    ...(retrieved && isPartialDate(retrieved) ? { accessed: cslDate(retrieved) } : {}),
    genre: facts.kind,
    language: facts.language,
    ...(facts.citeAs ? { 'citation-label': facts.citeAs } : {}),
    ...(facts.topics.length > 0 ? { keyword: facts.topics.join(', ') } : {}),
    custom,
  };
}

/** What a briefing's own citation says about it. */
export interface BriefingFacts {
  title: string;
  /** Our writers, as the byline credits them. */
  authors: readonly string[];
  /** First publication day. */
  published: Date;
  /** The briefing's absolute URL. */
  url: string;
  /** The site that publishes it. */
  siteName: string;
  language: string;
}

/** A briefing as a CSL-JSON item: a web page of this site, dated to its day of first publication. */
export function briefingToCsl(slug: string, facts: BriefingFacts): CslItem {
  return {
    id: slug,
    'citation-key': slug,
    type: 'webpage',
    title: facts.title,
    ...(facts.authors.length > 0 ? { author: facts.authors.map(cslName) } : {}),
    issued: cslDate(partialDateOfDay(facts.published)),
    // The site is the publisher; naming it also as container-title would print it twice in APA.
    publisher: facts.siteName,
    URL: facts.url,
    language: facts.language,
  };
}

/** A CSL-JSON item as a reference manager exports it: any variable may be missing. */
export interface CslInput {
  id?: string | number;
  type?: string;
  'citation-key'?: string;
  'citation-label'?: string;
  title?: string;
  author?: CslName[];
  issued?: CslDate | string;
  accessed?: CslDate | string;
  URL?: string;
  publisher?: string;
  'container-title'?: string;
  genre?: string;
  language?: string;
  keyword?: string;
  note?: string;
  custom?: { [key: string]: unknown };
  /** Not CSL: the received file's name, which a CSL export cannot know; accepted (as is `custom.file`) so an item can name its file. */
  file?: string;
  [variable: string]: unknown;
}

/** Whether parsed JSON is CSL-JSON (an item, or a list of items) rather than our manifest. */
export function isCslJson(json: unknown): json is CslInput | CslInput[] {
  const items = Array.isArray(json) ? json : [json];
  return items.length > 0 && items.every((item) => typeof item === 'object' && item !== null && !('sources' in item) && 'type' in item && ('id' in item || 'title' in item));
}

/** When an item gives no `genre`, the kind of article its CSL type is, in our words. */
const KIND_BY_TYPE: Record<string, string> = {
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

function dateFrom(value: CslDate | string | undefined): { date: string; precision: 'day' | 'month' | 'year' } | undefined {
  if (!value) return undefined;
  if (typeof value === 'string') return readDate(value);
  // A range (two date-parts) is not the day, month or year something was published: not taken.
  if ((value['date-parts']?.length ?? 0) > 1) return undefined;
  const parts = value['date-parts']?.[0];
  if (parts && parts.length > 0) {
    const [year, month, day] = parts.map((part) => Number(part));
    const text = [String(year).padStart(4, '0'), month && String(month).padStart(2, '0'), day && String(day).padStart(2, '0')].filter(Boolean).join('-');
    const parsed = parsePartialDate(text);
    return isPartialDate(parsed) ? { date: isoPartialDate(parsed), precision: parsed.precision } : undefined;
  }
  const text = value.raw ?? value.literal;
  return text ? readDate(text) : undefined;
}

/** What a CSL-JSON item gives: manifest fields (in our names) and what identifies its file. */
export interface MappedCslItem {
  fields: Record<string, unknown>;
  /** The item's `id`, a slug when it is one. */
  id?: string;
  file?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const listOf = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((entry) => typeof entry === 'string') ? [...value] : undefined);

/**
 * Maps a CSL-JSON item to our manifest fields: the slug from `citation-key` or `id` (when it is
 * a slug), `title`, `author` (given and family names with their particles, or a literal),
 * `issued` → `published` at its precision, `accessed` → `retrieved`, `URL`, `publisher` (or, for
 * newspaper, magazine and web articles, `container-title`: the publication readers know),
 * `genre` (else `type`) → `kind`, `citation-label` → `citeAs`, `language`, `keyword` → `topics`,
 * `note` → `notes`. Our facts CSL has no variable for come from `custom` (as `sourceToCsl`
 * writes them): `regions`, `topics`, `rights`, `notes`, `archived`, `file`. Variables we have no
 * field for are ignored. The manifest's schema checks the result.
 */
export function mapCslItem(item: CslInput): MappedCslItem {
  const custom = item.custom && typeof item.custom === 'object' ? item.custom : {};
  const fields: Record<string, unknown> = {};
  const id = item.id === undefined ? undefined : String(item.id);
  const slug = [textOf(custom.slug), textOf(item['citation-key']), id].find((key) => key !== undefined && SLUG.test(key));
  if (slug) fields.slug = slug;
  if (typeof item.title === 'string') fields.title = item.title;
  if (Array.isArray(item.author)) fields.authors = item.author.map(nameFromCsl).filter((name) => name !== '');
  const issued = dateFrom(item.issued);
  if (issued) {
    fields.published = issued.date;
    fields.datePrecision = issued.precision;
  }
  const accessed = dateFrom(item.accessed);
  if (accessed?.precision === 'day') fields.retrieved = accessed.date;
  if (typeof item.URL === 'string') fields.url = item.URL;
  const type = typeof item.type === 'string' ? item.type : undefined;
  const container = textOf(item['container-title']);
  const publisher = textOf(item.publisher);
  const publication = type && CONTAINER_IS_PUBLISHER.has(type) ? (container ?? publisher) : (publisher ?? container);
  if (publication) fields.publisher = publication;
  const kind = textOf(item.genre) ?? (type ? (KIND_BY_TYPE[type] ?? type.replace(/[-_]/gu, ' ')) : undefined);
  if (kind) fields.kind = kind;
  const citeAs = textOf(item['citation-label']);
  if (citeAs) fields.citeAs = citeAs;
  const language = languageTag(textOf(item.language));
  if (language) fields.language = language;
  const regions = listOf(custom.regions);
  if (regions) fields.regions = regions;
  const topics = listOf(custom.topics) ?? (typeof item.keyword === 'string' ? item.keyword.split(/[,;]/u).map((word) => word.trim()).filter(Boolean) : undefined);
  if (topics) fields.topics = topics;
  if (textOf(custom.rights)) fields.rights = custom.rights;
  const notes = textOf(custom.notes) ?? textOf(item.note);
  if (notes !== undefined) fields.notes = notes;
  if (textOf(custom.archived)) fields.archived = custom.archived;
  const file = textOf(custom.file) ?? textOf(item.file);
  return { fields, ...(id ? { id } : {}), ...(file ? { file } : {}) };
}
