/**
 * CSL-JSON (the Citation Style Language's data format, schema 1.0.2), the format reference
 * managers (Zotero, Mendeley, Pandoc's citeproc) read and export. One mapping, both ways:
 * our source facts to a CSL-JSON item (source pages, the bibliography, BibTeX and formatted
 * references are made from it) and a CSL-JSON item back to an ingest manifest entry
 * (`npm run ingest -- text.txt --meta export.json`). A build test validates every source's
 * item against the schema and maps it back to the facts it came from.
 */
import { isoPartialDate, isPartialDate, parsePartialDate, partialDateOfDay, type PartialDate } from '../dates/partial-date.ts';

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

/** When an export gives no genre, a kind that names the form only, so it claims no genre the source may not have. */
const KIND_BY_TYPE: Record<string, string> = {
  'article-newspaper': 'newspaper article',
  'article-magazine': 'magazine article',
  'article-journal': 'journal article',
  'post-weblog': 'blog post',
  post: 'online post',
  webpage: 'web page',
  report: 'report',
  book: 'book',
  chapter: 'book chapter',
  speech: 'speech',
  interview: 'interview',
  article: 'article',
};

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
  };
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
    genre: facts.kind,
    language: facts.language,
    ...(facts.citeAs ? { 'citation-label': facts.citeAs } : {}),
    ...(facts.topics.length > 0 ? { keyword: facts.topics.join(', ') } : {}),
    custom,
  };
}

/** A problem found reading a CSL-JSON manifest, in the export's own field names. */
export interface CslProblem {
  /** Which item: `item 2 ("costa-2024")`. */
  item: string;
  message: string;
  hint?: string;
}

/** Which CSL field each manifest field comes from, for messages about what an export lacks. */
export const CSL_SOURCE_OF_FIELD: Record<string, string> = {
  file: 'custom.file',
  slug: 'citation-key (or id)',
  title: 'title',
  citeAs: 'citation-label',
  publisher: 'publisher (or container-title)',
  authors: 'author',
  published: 'issued',
  datePrecision: 'issued',
  url: 'URL',
  kind: 'genre (or type)',
  language: 'language',
  regions: 'custom.regions',
  topics: 'custom.topics (or keyword)',
  rights: 'custom.rights',
  notes: 'custom.notes',
};

/** True when a parsed manifest is CSL-JSON (an array of items, or one item) rather than our own manifest. */
export function isCslJson(json: unknown): boolean {
  if (Array.isArray(json)) return true;
  if (!json || typeof json !== 'object') return false;
  const record = json as Record<string, unknown>;
  // Our manifest has `published`, `kind` and `slug`; an item has `issued` or `type` and `id`.
  return !('sources' in record) && ('issued' in record || ('type' in record && 'id' in record));
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** A slug suggested for a citation key that is not one: "costaWhyISIS2024" → "costa-why-isis-2024". */
export function slugFromKey(key: string): string {
  return key
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2')
    .replace(/(\p{L})(\p{N})/gu, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** The publication date of an item at its precision, or why it cannot be read. */
export function publishedFromCsl(issued: CslDate | string | undefined): { published: string; datePrecision: 'day' | 'month' | 'year' } | { error: string } {
  if (issued === undefined) return { error: 'has no "issued" date' };
  const fromString = (value: string) => {
    const parsed = parsePartialDate(value.trim());
    return isPartialDate(parsed) ? parsed : undefined;
  };
  let date: PartialDate | undefined;
  if (typeof issued === 'string') date = fromString(issued);
  else if (issued['date-parts']) {
    if (issued['date-parts'].length > 1) return { error: 'has a date range in "issued"; give the day, month or year it was published' };
    const parts = (issued['date-parts'][0] ?? []).map((part) => Number(part));
    if (parts.length === 0 || parts.some((part) => !Number.isInteger(part))) return { error: `has "issued" date-parts ${JSON.stringify(issued['date-parts'])}, which are not whole numbers` };
    const text = [String(parts[0]).padStart(4, '0'), ...parts.slice(1).map((part) => String(part).padStart(2, '0'))].join('-');
    const parsed = parsePartialDate(text);
    if (!isPartialDate(parsed)) return { error: `has "issued" ${JSON.stringify(issued['date-parts'])}: ${parsed.error}` };
    date = parsed;
  } else if (issued.raw) date = fromString(issued.raw);
  else if (issued.literal) date = fromString(issued.literal);
  if (!date) return { error: `has "issued" ${JSON.stringify(issued)}, which is not a year, month or day (date-parts, or "2025", "2025-09", "2025-09-14")` };
  if (typeof issued === 'object' && (issued.season !== undefined || issued.circa)) return { error: 'has an approximate or seasonal "issued" date; give the day, month or year it was published' };
  return { published: isoPartialDate(date), datePrecision: date.precision };
}

const stringList = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...value] : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * One CSL-JSON item as an ingest manifest entry, in our field names, not yet validated (the
 * manifest schema does that, and names each field by `CSL_SOURCE_OF_FIELD`). Fields the
 * export does not have are left out so the schema's defaults and messages apply. Our own facts
 * CSL has no field for come from `custom` (`file`, `regions`, `topics`, `rights`, `notes`); `file`
 * defaults to the received file named after the slug.
 */
export function cslToManifestEntry(item: CslItem, receivedFiles: readonly string[] = []): { entry: Record<string, unknown> } | { problem: Omit<CslProblem, 'item'> } {
  const custom = item.custom && typeof item.custom === 'object' ? item.custom : {};
  const key = text(custom.slug) ?? text(item['citation-key']) ?? (item.id !== undefined ? String(item.id) : undefined);
  if (!key) return { problem: { message: 'has no "id" or "citation-key" to take the slug from', hint: 'give each item an "id" that is a slug, e.g. "costa-clarke-2024".' } };
  if (!SLUG.test(key)) {
    const suggestion = slugFromKey(key);
    return {
      problem: {
        message: `has the key "${key}", which is not a slug (lower-case letters, digits and single hyphens); the slug is what briefings cite, [@slug, ¶N]`,
        hint: `set "citation-key" (or "custom": { "slug": … }) to a slug${suggestion ? `, for example "${suggestion}"` : ''}.`,
      },
    };
  }
  const issued = publishedFromCsl(item.issued);
  if ('error' in issued) return { problem: { message: issued.error, hint: 'CSL-JSON dates are "issued": { "date-parts": [[2025, 9, 14]] }, with one, two or three parts as far as the date is known.' } };
  const file = text(custom.file) ?? receivedFiles.map((path) => path.split(/[\\/]/u).pop() ?? path).find((name) => name.replace(/\.[^.]*$/u, '') === key);
  const topics = stringList(custom.topics) ?? (text(item.keyword) ? item.keyword!.split(/[,;]/u).map((topic) => topic.trim()).filter(Boolean) : undefined);
  const entry: Record<string, unknown> = {
    ...(file ? { file } : {}),
    slug: key,
    ...(text(item.title) ? { title: text(item.title) } : {}),
    ...(text(item['citation-label']) ?? text(custom.citeAs) ? { citeAs: text(item['citation-label']) ?? text(custom.citeAs) } : {}),
    ...(text(item.publisher) ?? text(item['container-title']) ? { publisher: text(item.publisher) ?? text(item['container-title']) } : {}),
    authors: (Array.isArray(item.author) ? item.author : []).map(nameFromCsl).filter((name) => name !== ''),
    published: issued.published,
    datePrecision: issued.datePrecision,
    url: text(item.URL) ?? null,
    kind: text(item.genre) ?? text(custom.kind) ?? KIND_BY_TYPE[item.type] ?? item.type.replace(/[-_]/gu, ' '),
    ...(text(item.language) ? { language: text(item.language) } : {}),
    ...(stringList(custom.regions) ? { regions: stringList(custom.regions) } : {}),
    ...(topics ? { topics } : {}),
    ...(text(custom.rights) ? { rights: text(custom.rights) } : {}),
    // Not CSL's `note`: reference managers fill it with their own annotations ("Extra" in Zotero).
    ...(text(custom.notes) ? { notes: text(custom.notes) } : {}),
  };
  return { entry };
}

/** How an item is named in messages: its position and key. */
function describeCslItem(item: unknown, index: number): string {
  const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
  const key = record['citation-key'] ?? record.id;
  return `item ${index + 1}${typeof key === 'string' || typeof key === 'number' ? ` ("${key}")` : ''}`;
}

/**
 * A reference manager's CSL-JSON export (an array of items, or one item) as ingest manifest
 * entries, each named for messages; or every problem found. `receivedFiles` are the texts of
 * this ingest run, for items that do not name theirs in `custom.file`.
 */
export function cslManifest(json: unknown, receivedFiles: readonly string[] = []): { entries: { name: string; entry: Record<string, unknown> }[]; problems: CslProblem[] } {
  const items: unknown[] = Array.isArray(json) ? json : [json];
  const entries: { name: string; entry: Record<string, unknown> }[] = [];
  const problems: CslProblem[] = [];
  if (items.length === 0) problems.push({ item: '(root)', message: 'the CSL-JSON file holds no items', hint: 'export at least one item from your reference manager.' });
  items.forEach((item, index) => {
    const name = describeCslItem(item, index);
    if (!item || typeof item !== 'object' || Array.isArray(item) || typeof (item as CslItem).type !== 'string') {
      problems.push({ item: name, message: 'is not a CSL-JSON item (an object with "id" and "type")' });
      return;
    }
    const mapped = cslToManifestEntry(item as CslItem, receivedFiles);
    if ('problem' in mapped) problems.push({ item: name, ...mapped.problem });
    else entries.push({ name, entry: mapped.entry });
  });
  // One item and one text: they go together, whatever the file is called.
  const only = entries[0];
  if (items.length === 1 && receivedFiles.length === 1 && only && only.entry.file === undefined) {
    only.entry.file = receivedFiles[0]?.split(/[\\/]/u).pop();
  }
  return { entries, problems };
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
